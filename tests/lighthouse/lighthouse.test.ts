import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../helpers/browser.ts';
import { projectCopy } from '../helpers/projectCopy.ts';

/**
 * Lighthouse's mobile preset on the pages people land on, in both languages: performance,
 * accessibility, best practices and SEO must each score 100. The site is built with its own address
 * as SITE_URL, so canonical links point where Lighthouse is looking.
 */
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4398);
const origin = `http://127.0.0.1:${port}`;
const pages = [
	'/',
	'/en/',
	'/historier/amal-hanne/',
	'/en/stories/amal-hanne/',
	'/tilmeld/',
	'/en/sign-up/',
	'/soeg/',
	'/en/search/',
	// A partial language, right to left: her sign-up page.
	'/ar/sign-up/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

describe('Lighthouse, mobile', () => {
	const copy = projectCopy();
	let server: ChildProcess | undefined;
	let chrome: chromeLauncher.LaunchedChrome | undefined;

	before(async () => {
		const build = copy.npm('build', { SITE_URL: origin });
		assert.equal(build.status, 0, build.output);
		server = spawn(
			process.execPath,
			[
				join(copy.dir, 'node_modules/astro/bin/astro.mjs'),
				'preview',
				'--host',
				'127.0.0.1',
				'--port',
				`${port}`,
			],
			{ cwd: copy.dir, stdio: 'ignore' },
		);
		await waitFor(origin);
		chrome = await chromeLauncher.launch({
			chromePath: chromiumPath(),
			chromeFlags: ['--headless=new', ...chromiumFlags],
		});
	});

	after(async () => {
		chrome?.kill();
		server?.kill();
		copy.remove();
	});

	for (const path of pages) {
		it(`${path} scores 100 in every category`, async () => {
			// Timing metrics move with the machine's load; like Lighthouse's own guidance, take the best
			// of a few runs before calling a page slow. Accessibility, SEO and best practices do not vary.
			let failures: string[] = [];
			for (let run = 0; run < 3; run++) {
				failures = await audit(`${origin}${path}`, chrome!.port);
				if (failures.length === 0) break;
			}
			assert.deepEqual(failures, []);
		});
	}
});

/** The categories below 100 on one Lighthouse run of `url`, each with the audits that cost points. */
async function audit(url: string, port: number): Promise<string[]> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: categories,
	});
	const { lhr } = result!;
	const failing = Object.values(lhr.audits)
		.filter((audit) => audit.score !== null && audit.score < 1)
		.filter((audit) => !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
		.map((audit) => `${audit.id} ${audit.score} ${audit.displayValue ?? ''}`.trim());
	return categories
		.filter((id) => lhr.categories[id]?.score !== 1)
		.map(
			(id) =>
				`${id}: ${Math.round((lhr.categories[id]?.score ?? 0) * 100)} (${failing.join('; ')})`,
		);
}

/** Resolves once `url` answers, or fails after 30 seconds. */
async function waitFor(url: string) {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${url} did not answer within 30 s`);
}
