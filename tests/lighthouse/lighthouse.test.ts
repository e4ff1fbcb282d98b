import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtFormOrigins, startNginx, type RunningNginx } from '../../deploy/nginx/serve.ts';
import { chromiumFlags, chromiumPath } from '../helpers/browser.ts';
import { projectCopy } from '../helpers/projectCopy.ts';

/**
 * Lighthouse's mobile preset on the pages people land on, in both languages: performance,
 * accessibility, best practices and SEO must each score 100. The site is built with its own address
 * as SITE_URL, so canonical links point where Lighthouse is looking, and served as production
 * serves it: Debian's nginx with deploy/nginx/mentor-network.conf (every header, gzip), as
 * `npm run preview` does, never `astro preview`, which sends none of the headers.
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
/**
 * Timing metrics move from run to run; Lighthouse's guidance on variability is to judge the median
 * of five runs, not the best one. With three, two slow runs on a busy 2-core machine (Total Blocking
 * Time 100–220 ms on a page whose other runs measured 0–70 ms) decided the score.
 */
const runCount = 5;

describe('Lighthouse, mobile', () => {
	const copy = projectCopy();
	let server: RunningNginx | undefined;
	let chrome: chromeLauncher.LaunchedChrome | undefined;

	before(async () => {
		const build = copy.npm('build', { SITE_URL: origin });
		assert.equal(build.status, 0, build.output);
		const root = join(copy.dir, 'dist');
		server = await startNginx({ root, port, formOrigins: builtFormOrigins(root).join(' ') });
		await waitFor(origin);
		chrome = await chromeLauncher.launch({
			chromePath: chromiumPath(),
			chromeFlags: ['--headless=new', ...chromiumFlags],
		});
		// Chromium's own start-up work shares the two cores with the first runs after launch: in CI
		// the first page's five runs took 47 s where each other page's took 36–40 s, and its median
		// Total Blocking Time was 110 ms. One run, not judged, lets the browser settle first.
		await audit(`${origin}${pages[0]}`, chrome.port);
	});

	after(async () => {
		chrome?.kill();
		await server?.stop();
		copy.remove();
	});

	for (const path of pages) {
		it(`${path} scores 100 in every category, in the median of ${runCount} runs`, async () => {
			const runs: Run[] = [];
			for (let run = 0; run < runCount; run++) {
				runs.push(await audit(`${origin}${path}`, chrome!.port));
			}
			const failures = categories.flatMap((id) => {
				const median = [...runs].sort((a, b) => a.scores[id]! - b.scores[id]!)[(runCount - 1) / 2]!;
				return median.scores[id] === 1
					? []
					: [`${id}: ${Math.round(median.scores[id]! * 100)} (${median.failing.join('; ')})`];
			});
			assert.deepEqual(failures, []);
		});
	}
});

/** One Lighthouse run: each category's score (0 to 1), and the audits that cost points. */
interface Run {
	scores: Record<string, number>;
	failing: string[];
}

/** One Lighthouse run of `url`. */
async function audit(url: string, port: number): Promise<Run> {
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
	// A run that could not measure (no paint within its time limit, say) scores nothing, and says why.
	if (lhr.runtimeError) failing.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	const scores = Object.fromEntries(categories.map((id) => [id, lhr.categories[id]?.score ?? 0]));
	return { scores, failing };
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
