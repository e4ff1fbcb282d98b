import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtFormOrigins, startNginx, type RunningNginx } from '../../deploy/nginx/serve.ts';
import { chromiumFlags, chromiumPath } from './browser.ts';
import { builtSiteOrigin, dist } from './built.ts';
import { projectCopy } from './projectCopy.ts';

/** The pages people land on, in both languages, and a partial language's. */
export const landingPages = [
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

/**
 * One page of each template a visitor lands on or acts on: the test judges each once. A template
 * is the page's layout and section (the registry's), so what one of its pages passes, its other
 * pages and languages pass too; right to left is a template of its own.
 */
export const templatePages = [
	'/',
	'/historier/amal-hanne/',
	'/historier/',
	'/en/sign-up/',
	'/ar/sign-up/',
	'/soeg/',
	'/en/the-model/',
	'/kontorer/aarhus/',
	'/en/contact/',
	'/spoergsmaal-og-svar/',
];

/** The categories the site is judged in. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * The categories that judge the page and not the machine: the same page scores the same in them on
 * every run, so one run tells. Performance is timed and moves with the machine: `npm run bench --
 * lighthouse` measures it, against a bare page in the same rounds.
 */
export const deterministicCategories = categories.filter((id) => id !== 'performance');

/**
 * The performance category's timing metrics. Lighthouse scores each against figures from real sites
 * (on mobile, Total Blocking Time scores 0.9 at 200 ms), and the category is their weighted sum.
 */
export const timingMetrics = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
];

/** One Lighthouse run: each category's score (0 to 1), each audit's, and what cost each category points. */
export interface Run {
	scores: Record<string, number>;
	audits: Record<string, { score: number | null; value?: number }>;
	failing: Record<string, string[]>;
}

/** The site built with `origin` as its address, served by nginx, and a Chromium for Lighthouse. */
export interface LighthouseTarget {
	origin: string;
	/** The built site's directory, for a benchmark to add a page to before it is audited. */
	root: string;
	/** Runs Lighthouse's mobile preset once on `path`, in `only` of its categories (all by default). */
	audit(path: string, only?: readonly string[]): Promise<Run>;
	close(): Promise<void>;
}

/**
 * The site served as production serves it: Debian's nginx with deploy/nginx/mentor-network.conf
 * (every header, gzip), never `astro preview`, which sends none of the headers. Its canonical links
 * must point where Lighthouse is looking, so the site must be built with this address as SITE_URL:
 * `npm test` builds dist/ so, and it is served as it is; otherwise (and always when `addFiles` is
 * given, which writes into the built site before it is served) a copy of the project is built.
 */
export async function lighthouseTarget(
	port: number,
	addFiles?: (root: string) => void,
): Promise<LighthouseTarget> {
	const origin = `http://127.0.0.1:${port}`;
	const useDist = !addFiles && builtSiteOrigin() === origin;
	const copy = useDist ? undefined : projectCopy();
	let server: RunningNginx | undefined;
	let chrome: chromeLauncher.LaunchedChrome | undefined;
	const close = async () => {
		chrome?.kill();
		await server?.stop();
		copy?.remove();
	};
	try {
		if (copy) {
			const build = copy.npm('build', { SITE_URL: origin });
			assert.equal(build.status, 0, build.output);
		}
		const root = copy ? join(copy.dir, 'dist') : dist;
		addFiles?.(root);
		server = await startNginx({ root, port, formOrigins: builtFormOrigins(root).join(' ') });
		await waitFor(origin);
		chrome = await chromeLauncher.launch({
			chromePath: chromiumPath(),
			chromeFlags: ['--headless=new', ...chromiumFlags],
		});
		const { port: chromePort } = chrome;
		const audit = (path: string, only: readonly string[] = categories) =>
			lighthouseRun(`${origin}${path}`, chromePort, only);
		return { origin, root, audit, close };
	} catch (error) {
		// A failed build or start leaves no server, browser or copy of the project behind.
		await close();
		throw error;
	}
}

/** One Lighthouse run of `url` in the Chromium listening on `port`, in the categories `only`. */
async function lighthouseRun(url: string, port: number, only: readonly string[]): Promise<Run> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...only],
	});
	const { lhr } = result!;
	// The audits that cost each category points (Lighthouse lists an audit under every category it counts in).
	const failing = Object.fromEntries(
		only.map((id) => [
			id,
			(lhr.categories[id]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => lhr.audits[ref.id]!)
				.filter((audit) => audit.score !== null && audit.score < 1)
				.map((audit) => `${audit.id} ${audit.score} ${audit.displayValue ?? ''}`.trim()),
		]),
	);
	// A run that could not measure (no paint within its time limit, say) scores nothing, and says why.
	if (lhr.runtimeError) {
		for (const id of only)
			failing[id]!.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	}
	const scores = Object.fromEntries(only.map((id) => [id, lhr.categories[id]?.score ?? 0]));
	const audits = Object.fromEntries(
		Object.values(lhr.audits).map((audit) => [
			audit.id,
			{ score: audit.score, value: audit.numericValue },
		]),
	);
	return { scores, audits, failing };
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
