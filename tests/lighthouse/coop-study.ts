import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
	builtFormOrigins,
	deployConf,
	freePort,
	startNginx,
	type RunningNginx,
} from '../../deploy/nginx/serve.ts';
import { chromiumFlags, chromiumPath } from '../helpers/browser.ts';
import { median } from '../helpers/median.ts';

/**
 * What `Cross-Origin-Opener-Policy` costs, measured (docs/decisions/0003-no-coop-on-pages.md; the
 * figures in docs/performance.md): the same build served by nginx with the deploy file three ways —
 * COOP `same-origin`, `same-origin-allow-popups` and none — and, for each, the median of `--runs`
 * interleaved runs of
 *
 * 1. Lighthouse's mobile preset (its start from a blank tab): Total Blocking Time and performance;
 * 2. a real visit from another site: a page on `127.0.0.2` (another site than `127.0.0.1`) links to
 *    the page, Chromium clicks the link (CPU slowed 4×, as Lighthouse's mobile preset assumes), and
 *    the browser's clock gives the time from the click to the page's time origin, its first
 *    contentful paint and its load, and the page's own clock its long tasks (and `automation`: the
 *    same click to load as Playwright saw it);
 *    once with Chromium's default site isolation (desktop) and once with
 *    `--disable-site-isolation-trials`, which shares processes between sites as Android does for
 *    sites that have not asked for isolation.
 *
 * `node tests/lighthouse/coop-study.ts --root dist --runs 5` after `npm run build` (`--lighthouse-runs`
 * and `--visit-runs` apart, `--pages /,/en/`). Prints a table of medians.
 */
const { values } = parseArgs({
	options: {
		root: { type: 'string', default: 'dist' },
		runs: { type: 'string', default: '5' },
		'lighthouse-runs': { type: 'string' },
		pages: { type: 'string', default: '/,/historier/amal-hanne/' },
		'visit-runs': { type: 'string' },
	},
});
const root = resolve(values.root);
const runs = Number(values.runs);
const lighthouseRuns = Number(values['lighthouse-runs'] ?? runs);
const visitRuns = Number(values['visit-runs'] ?? runs);
const pages = values.pages.split(',');

/** The deploy file with `value` for COOP in every block (the site's pages send none by default). */
const withCoop = (value: string) => (conf: string) =>
	conf
		.split('\n')
		.filter((line) => !line.includes('Cross-Origin-Opener-Policy'))
		.join('\n')
		.replaceAll(
			/^(\t?)add_header X-Frame-Options (.*)$/gm,
			`$1add_header Cross-Origin-Opener-Policy "${value}" always;\n$1add_header X-Frame-Options $2`,
		);
const variants = {
	'same-origin': withCoop('same-origin'),
	'same-origin-allow-popups': withCoop('same-origin-allow-popups'),
	none: (conf: string) =>
		conf
			.split('\n')
			.filter((line) => !line.includes('Cross-Origin-Opener-Policy'))
			.join('\n'),
} as const;
type Variant = keyof typeof variants;

const folder = mkdtempSync(join(tmpdir(), 'coop-study-'));
const servers = {} as Record<Variant, RunningNginx>;
const base = readFileSync(deployConf, 'utf8');
const formOrigins = builtFormOrigins(root).join(' ');
for (const [name, change] of Object.entries(variants) as [Variant, (conf: string) => string][]) {
	const directives = join(folder, `${name}.conf`);
	writeFileSync(directives, change(base));
	servers[name] = await startNginx({ root, formOrigins, directives });
}

// The other site: one page that links to every variant's page.
const links = (Object.keys(variants) as Variant[]).flatMap((name) =>
	pages.map((path) => `<p><a id="${name}${path}" href="${servers[name].origin}${path}">x</a></p>`),
);
const referrer = createServer((_request, response) => {
	response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	// The click's time goes along in the link (`?click=`), so the visited page can say, on the same
	// clock, how long after the click its own clock started and it was drawn.
	response.end(
		`<!doctype html><title>Another site</title>${links.join('')}<script>addEventListener('click', (event) => { const a = event.target.closest('a'); a.href = a.href.split('?')[0] + '?click=' + Date.now(); }, true)</script>`,
	);
});
const referrerPort = await freePort('127.0.0.2');
await new Promise<void>((done) => referrer.listen(referrerPort, '127.0.0.2', done));
const referrerUrl = `http://127.0.0.2:${referrerPort}/`;

type Row = Record<string, number>;
const results = new Map<string, Row[]>();
const record = (key: string, row: Row) => results.set(key, [...(results.get(key) ?? []), row]);

async function lighthouseRun(url: string, port: number): Promise<Row> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance'],
	});
	const { lhr } = result!;
	return {
		performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
		tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
		fcp: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
		lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
	};
}

/** Long tasks and paints as the visited page itself sees them, observed before its first byte. */
const observer = `
	window.__longTasks = [];
	try {
		new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
			.observe({ type: 'longtask', buffered: true });
	} catch {}
`;

async function visit(browser: Browser, variant: Variant, path: string): Promise<Row> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(observer);
	await page.goto(referrerUrl);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const clicked = Date.now();
	await Promise.all([
		page.waitForURL(`${servers[variant].origin}${path}?click=*`, { waitUntil: 'load' }),
		page.click(`[id="${variant}${path}"]`),
	]);
	const automation = Date.now() - clicked;
	await page.waitForTimeout(300);
	const row = await page.evaluate(() => {
		const [navigation] = performance.getEntriesByType(
			'navigation',
		) as PerformanceNavigationTiming[];
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
		const click = Number(new URLSearchParams(location.search).get('click'));
		return {
			clickToTimeOrigin: Math.round(performance.timeOrigin - click),
			clickToFcp: Math.round(performance.timeOrigin + fcp - click),
			clickToLoad: Math.round(performance.timeOrigin + navigation!.loadEventEnd - click),
			responseStart: Math.round(navigation!.responseStart),
			fcp: Math.round(fcp),
			dcl: Math.round(navigation!.domContentLoadedEventEnd),
			load: Math.round(navigation!.loadEventEnd),
			longTasks: tasks.length,
			blocking: Math.round(tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0)),
		};
	});
	await context.close();
	return { ...row, automation };
}

try {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumFlags],
	});
	for (let run = 0; run < lighthouseRuns; run++) {
		for (const path of pages) {
			for (const variant of Object.keys(variants) as Variant[]) {
				record(
					`lighthouse ${path} ${variant}`,
					await lighthouseRun(`${servers[variant].origin}${path}`, chrome.port),
				);
			}
		}
	}
	chrome.kill();
	for (const isolation of visitRuns > 0 ? (['site-per-process', 'shared'] as const) : []) {
		const browser = await chromium.launch({
			executablePath: chromiumPath(),
			args: [
				...chromiumFlags,
				...(isolation === 'shared' ? ['--disable-site-isolation-trials'] : []),
			],
		});
		for (let run = 0; run < visitRuns; run++) {
			for (const path of pages) {
				for (const variant of Object.keys(variants) as Variant[]) {
					record(`visit (${isolation}) ${path} ${variant}`, await visit(browser, variant, path));
				}
			}
		}
		await browser.close();
	}
	const table = [...results].map(([key, rows]) => ({
		measured: key,
		...Object.fromEntries(
			Object.keys(rows[0]!).map((name) => [name, median(rows.map((row) => row[name]!))]),
		),
	}));
	console.log(
		`medians: Lighthouse ${lighthouseRuns} runs, visits ${visitRuns} runs, ${new Date().toISOString()}`,
	);
	console.table(table);
} finally {
	referrer.close();
	for (const server of Object.values(servers)) await server.stop();
	rmSync(folder, { recursive: true, force: true });
}
