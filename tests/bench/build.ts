import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../helpers/browser.ts';
import { projectCopy } from '../helpers/projectCopy.ts';
import { kb, type Report } from './report.ts';
import { serveStatic } from './serve.ts';
import { generateStories } from './stories.ts';

/** Stories added per language for each build measured. */
const sizes = [0, 1000, 5000];

/** One page of each kind, as a first-time visitor would land on it. */
const pageKinds: [string, string][] = [
	['home', '/'],
	['story', '/historier/amal-hanne/'],
	['story list', '/historier/'],
	['FAQ', '/spoergsmaal-og-svar/'],
	['values', '/vaerdier/'],
	['office', '/kontorer/fyn/'],
	['model', '/modellen/'],
	['sign-up', '/tilmeld/'],
	['search', '/soeg/'],
	// The CMS is built apart from the site: tests/bench/admin.ts measures it.
];

function progress(message: string) {
	process.stderr.write(`bench: ${message}\n`);
}

/** Builds a copy with `extra` stories per language; seconds and peak memory of `astro build`, pagefind. */
function timedBuild(extra: number) {
	const copy = projectCopy((dir) => {
		if (extra > 0) generateStories(join(dir, 'content/stories'), extra);
	});
	const rssFile = join(copy.dir, 'maxrss.txt');
	const started = performance.now();
	const astro = spawnSync(
		process.execPath,
		[
			'--import',
			join(import.meta.dirname, 'maxrss.ts'),
			'node_modules/astro/bin/astro.mjs',
			'build',
		],
		{ cwd: copy.dir, encoding: 'utf8', env: { ...process.env, BENCH_MAXRSS_FILE: rssFile } },
	);
	const astroSeconds = (performance.now() - started) / 1000;
	if (astro.status !== 0) throw new Error(`astro build failed:\n${astro.stdout}\n${astro.stderr}`);
	const indexStarted = performance.now();
	const index = spawnSync('npx', ['pagefind', '--site', 'dist'], {
		cwd: copy.dir,
		encoding: 'utf8',
	});
	if (index.status !== 0) throw new Error(`pagefind failed:\n${index.stdout}\n${index.stderr}`);
	const pages = readdirSync(join(copy.dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter(
		(file) => file.endsWith('.html'),
	).length;
	return {
		copy,
		pages,
		astroSeconds,
		pagefindSeconds: (performance.now() - indexStarted) / 1000,
		peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
	};
}

/** Bytes a first visit to each page kind transfers, by type, raw and gzip, and its request count. */
async function pageWeights(dist: string): Promise<string[][]> {
	const { server, origin } = await serveStatic(dist);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
	const rows: string[][] = [];
	try {
		for (const [kind, path] of pageKinds) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const bodies: Promise<{ type: string; body: Buffer }>[] = [];
			page.on('response', (response) =>
				bodies.push(
					response
						.body()
						.then((body) => ({ type: response.request().resourceType(), body }))
						.catch(() => ({ type: response.request().resourceType(), body: Buffer.alloc(0) })),
				),
			);
			await page.goto(origin + path, { waitUntil: 'networkidle' });
			const responses = await Promise.all(bodies);
			await context.close();
			const of = (types: string[]) => responses.filter((r) => types.includes(r.type));
			const size = (list: typeof responses) =>
				`${kb(list.reduce((n, r) => n + r.body.length, 0))} / ${kb(list.reduce((n, r) => n + gzipSync(r.body).length, 0))}`;
			rows.push([
				`page: ${kind}`,
				`HTML ${size(of(['document']))}`,
				`CSS ${size(of(['stylesheet']))}`,
				`JS ${size(of(['script']))}`,
				`${responses.length} requests`,
			]);
		}
	} finally {
		await browser.close();
		server.close();
	}
	return rows;
}

/** Build time and memory as the site grows, and what a first visit to each page kind costs. */
export async function buildBenchmark(): Promise<Report[]> {
	const rows: string[][] = [];
	const seconds: number[] = [];
	for (const extra of sizes) {
		progress(`building with ${extra} extra stories per language…`);
		const build = timedBuild(extra);
		seconds.push(build.astroSeconds);
		rows.push([
			`build: +${extra} stories/lang`,
			`${build.pages} pages`,
			`${build.astroSeconds.toFixed(1)} s (${((build.astroSeconds / build.pages) * 1000).toFixed(1)} s per 1,000 pages)`,
			`peak ${build.peakMb.toFixed(0)} MB`,
			`pagefind ${build.pagefindSeconds.toFixed(1)} s`,
		]);
		if (extra === 0) {
			progress('measuring a first visit to each page kind…');
			rows.push(...(await pageWeights(join(build.copy.dir, 'dist'))));
		}
		build.copy.remove();
	}
	const ratio = seconds[2]! / seconds[1]!;
	rows.push(['growth: T(5k)/T(1k)', ratio.toFixed(2), 'target ≤ 3.5', '', '']);
	return [
		{
			title: 'Build and page weight',
			columns: ['measure', '', '', '', ''],
			rows,
			notes: [
				'Build: `astro build` of a copy of the project with generated stories in both languages; peak',
				'memory is the build process’s maximum resident set (target ≤ 1 GB). Pagefind is timed apart.',
				'Page: a first visit in Chromium to the Danish page of each kind; bytes raw / gzip by type.',
			],
		},
	];
}
