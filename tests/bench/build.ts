import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../helpers/browser.ts';
import { storyBudget } from '../helpers/budgets.ts';
import { median } from '../helpers/median.ts';
import { projectCopy } from '../helpers/projectCopy.ts';
import { kb, type Report } from './report.ts';
import { writeBareAstro } from './bareAstro.ts';
import { searchReport, searchRows } from './search.ts';
import { serveStatic } from './serve.ts';
import { generateStories } from './stories.ts';

/**
 * Stories added per language for each build measured (`BENCH_SIZES=0,1000` for a quicker run). The
 * site is built at each size; the bare Astro baseline at each size above 0.
 */
const sizes = (process.env.BENCH_SIZES ?? '0,1000,5000').split(',').map(Number);
/**
 * Cold builds of each site per size above 0, bare then site, interleaved (`BENCH_ROUNDS=1` for a
 * quicker run): the figures are the medians, so one build disturbed by the machine does not decide.
 */
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

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

/**
 * A story as long as the ones editors write (about 600 words; the site has none yet): the generator's
 * first, measured in the first build with generated stories (issue 15: within the story budget of
 * tests/helpers/budgets.ts, which tests/unit/story-weight.test.ts holds).
 */
const generatedStory: [string, string] = ['story, 600 words', '/historier/bench-0001/'];

function progress(message: string) {
	process.stderr.write(`bench: ${message}\n`);
}

const gnuTime = '/usr/bin/time';
const projectModules = join(import.meta.dirname, '../../node_modules');

/** Seconds from Astro's build log: `✓ Completed in 2.80s.`, `built in 683ms`, `in 1m 3s`. */
function seconds(text: string): number {
	const minutes = /(\d+)m\s/.exec(text);
	const value = /([\d.]+)(ms|s)\b/.exec(text.replace(/\d+m\s/, ''));
	return (
		(minutes ? Number(minutes[1]) * 60 : 0) +
		(value ? Number(value[1]) / (value[2] === 'ms' ? 1000 : 1) : 0)
	);
}

/**
 * Where `astro build`'s time went, from its own phase log: content sync and build info, each Vite
 * build (server, then client; the /admin/ CMS is built apart, by `npm run build:admin`), and page
 * rendering ("generating static routes").
 */
function phases(log: string): string {
	const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
	const info = lines.find((line) => /\[build\] ✓ Completed in/.test(line));
	const vite = lines.filter((line) => /\[vite\] ✓ built in/.test(line)).map(seconds);
	const generating = lines.findIndex((line) => line.includes('generating static routes'));
	const rendered = lines.slice(generating).find((line) => /✓ Completed in/.test(line));
	const figure = (n: number | undefined) => (n === undefined ? '?' : `${n.toFixed(1)} s`);
	return [
		`content+info ${figure(info ? seconds(info) : undefined)}`,
		`vite ${vite.map((n) => figure(n)).join(' + ') || '?'}`,
		`render ${figure(generating >= 0 && rendered ? seconds(rendered) : undefined)}`,
	].join(', ');
}

/** Runs `command` in `cwd`; with GNU time when installed, also its peak resident memory in MB. */
function measured(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
	const timed = existsSync(gnuTime);
	const result = spawnSync(
		timed ? gnuTime : command,
		timed ? ['-f', '%M', command, ...args] : args,
		{
			cwd,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	if (result.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`,
		);
	}
	const kbLine = timed ? result.stderr.trim().split('\n').at(-1) : undefined;
	return { output: `${result.stdout}\n${result.stderr}`, peakMb: Number(kbLine ?? 0) / 1024 };
}

/** Cloudflare Pages' limit of files in one deploy on its free plan (issue 25). */
const cloudflareFileLimit = 20_000;

/**
 * `astro build` then `pagefind --site dist` in `dir`, as `npm run build` does (less the CMS's own
 * build): wall time of both, of each, peak memory (the larger of the two processes'), pages written
 * and reused from the incremental cache, files in dist/, Astro's phases and the load average (1 min)
 * when it started. `cold`: with an empty cache (Astro's data store and incremental pages, in the
 * copy's own folder), as on a host's first build; `warm`: with what the last build left there.
 */
function timedBuild(dir: string, cache: 'cold' | 'warm' = 'cold') {
	const rssFile = join(dir, 'maxrss.txt');
	const cacheDir = join(dir, '.astro-cache');
	if (cache === 'cold') rmSync(cacheDir, { recursive: true, force: true });
	// Every build starts as on a fresh machine: no output of an earlier round to empty first.
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	const load = loadavg()[0]!;
	const started = performance.now();
	const astro = measured(
		process.execPath,
		[
			'--import',
			join(import.meta.dirname, 'maxrss.ts'),
			join(projectModules, 'astro/bin/astro.mjs'),
			'build',
		],
		dir,
		// CI=1: Astro then leaves Node's compile cache off. The bare site is built in a new folder each
		// round and could never use it, while the site's copy is reused; off, both compile everything.
		{ BENCH_MAXRSS_FILE: rssFile, CI: '1', MENTOR_NETWORK_CACHE_DIR: cacheDir },
	);
	const astroSeconds = (performance.now() - started) / 1000;
	const pagefind = measured(join(projectModules, '.bin/pagefind'), ['--site', 'dist'], dir);
	const totalSeconds = (performance.now() - started) / 1000;
	const files = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter(
		(file) => statSync(join(dir, 'dist', file)).isFile(),
	);
	const astroMb = Math.max(astro.peakMb, Number(readFileSync(rssFile, 'utf8')) / 1024);
	return {
		pages: files.filter((file) => file.endsWith('.html')).length,
		reused: astro.output.match(/ \((?:restored|cached)\)/g)?.length ?? 0,
		files: files.length,
		load,
		totalSeconds,
		astroSeconds,
		pagefindSeconds: totalSeconds - astroSeconds,
		peakMb: Math.max(astroMb, pagefind.peakMb),
		phases: phases(astro.output),
	};
}

/**
 * An editor's publish in a copy with generated stories: the first story edited (its title) and one
 * added, the newest, so every page of the list and of its filters shifts, in both languages.
 */
function publishOneStory(dir: string) {
	for (const locale of ['da', 'en']) {
		const folder = join(dir, 'content/stories', locale);
		const edited = join(folder, 'bench-0001.md');
		writeFileSync(
			edited,
			readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "An edited title"'),
		);
		writeFileSync(
			join(folder, 'bench-added.md'),
			readFileSync(join(folder, 'bench-0002.md'), 'utf8')
				.replace(/^title: .*$/m, 'title: "An added story"')
				.replace(/^date: .*$/m, 'date: 2026-12-06'),
		);
	}
}

/** The generated stories for one size, written once and copied into both sites. */
function storiesFor(extra: number): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'mentor-stories-'));
	generateStories(dir, extra);
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The bare Astro + Pagefind site with `stories`, built; removed afterwards. */
function bareBuild(stories: string) {
	const dir = mkdtempSync(join(tmpdir(), 'mentor-bare-'));
	try {
		cpSync(stories, writeBareAstro(dir, projectModules), { recursive: true });
		return timedBuild(dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Bytes a first visit to each page kind transfers, by type, raw and gzip, and its request count. */
async function pageWeights(dist: string, kinds: [string, string][]): Promise<string[][]> {
	const { server, origin } = await serveStatic(dist);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
	const rows: string[][] = [];
	try {
		for (const [kind, path] of kinds) {
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
			const html = of(['document']).reduce((n, r) => n + gzipSync(r.body).length, 0);
			rows.push([
				`page: ${kind}`,
				`HTML ${size(of(['document']))} (${html.toLocaleString('en')} B)`,
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

type Build = ReturnType<typeof timedBuild>;

const mb = (build: Build) => `${build.peakMb.toFixed(0)} MB`;
const sec = (n: number) => `${n.toFixed(1)} s`;

/** One build standing for several: the median of each figure, and the phases of the median build. */
function medianBuild(builds: Build[]): Build {
	const total = median(builds.map((b) => b.totalSeconds));
	const closest = builds.toSorted(
		(a, b) => Math.abs(a.totalSeconds - total) - Math.abs(b.totalSeconds - total),
	)[0]!;
	return {
		...closest,
		totalSeconds: total,
		astroSeconds: median(builds.map((b) => b.astroSeconds)),
		pagefindSeconds: median(builds.map((b) => b.pagefindSeconds)),
		peakMb: median(builds.map((b) => b.peakMb)),
	};
}

/** dist/'s files against Cloudflare Pages' limit. */
const filesOf = (build: Build) =>
	`${build.pages} pages, ${build.files.toLocaleString('en')} files (${((100 * build.files) / cloudflareFileLimit).toFixed(0)} % of Cloudflare's 20,000)`;

/**
 * Build time and memory as the site grows (medians of interleaved rounds), side by side with a bare Astro + Pagefind site of the same
 * generated stories built in the same run; what a first visit to each page kind costs; and the
 * search index and first-query cost of each build (reported by search.ts).
 */
export async function buildBenchmark(): Promise<Report[]> {
	const rows: string[][] = [];
	const searchRowsAll: string[][] = [];
	const site: Record<number, Build> = {};
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
	try {
		for (const extra of sizes) {
			const stories = storiesFor(extra);
			try {
				const copy = projectCopy((dir) => {
					if (extra > 0) cpSync(stories.dir, join(dir, 'content/stories'), { recursive: true });
				});
				try {
					const bares: Build[] = [];
					const sites: Build[] = [];
					const ratios: number[] = [];
					for (let round = 1; round <= (extra > 0 ? rounds : 1); round += 1) {
						const of = extra > 0 ? ` (round ${round} of ${rounds})` : '';
						if (extra > 0) {
							progress(`bare Astro: building with ${extra} stories per language${of}…`);
							bares.push(bareBuild(stories.dir));
						}
						progress(`site: building with ${extra} extra stories per language${of}…`);
						sites.push(timedBuild(copy.dir));
						if (extra > 0) ratios.push(sites.at(-1)!.totalSeconds / bares.at(-1)!.totalSeconds);
					}
					const build = medianBuild(sites);
					const bare = bares.length > 0 ? medianBuild(bares) : undefined;
					site[extra] = build;
					rows.push([
						`site +${extra}/lang`,
						filesOf(build),
						`${sec(build.totalSeconds)} (astro ${sec(build.astroSeconds)}, pagefind ${sec(build.pagefindSeconds)})`,
						`peak ${mb(build)}`,
						build.phases,
					]);
					if (bare) {
						rows.push([
							`bare Astro +${extra}/lang`,
							`${bare.pages} pages`,
							`${sec(bare.totalSeconds)} (astro ${sec(bare.astroSeconds)}, pagefind ${sec(bare.pagefindSeconds)})`,
							`peak ${mb(bare)}`,
							bare.phases,
						]);
						rows.push([
							`ratio site/bare +${extra}`,
							'',
							`${median(ratios).toFixed(2)}× time (goal ≤ 1.3; rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}; load at each site build ${sites.map((b) => b.load.toFixed(1)).join(', ')})`,
							`${(build.peakMb / bare.peakMb).toFixed(2)}× memory (goal ≤ 1 GB)`,
							'',
						]);
					}
					const dist = join(copy.dir, 'dist');
					if (extra === 0) {
						progress('measuring a first visit to each page kind…');
						rows.push(...(await pageWeights(dist, pageKinds)));
					} else if (!rows.some(([measure]) => measure === `page: ${generatedStory[0]}`)) {
						progress('measuring a first visit to a 600-word story…');
						rows.push(...(await pageWeights(dist, [generatedStory])));
					}
					progress('measuring search…');
					searchRowsAll.push(
						...(await searchRows(extra === 0 ? 'site as is' : `+${extra} stories`, dist, browser)),
					);
					if (extra > 0) {
						// After the cold rounds, with the last one's cache: the publish an editor waits for.
						progress(`site: one story edited and one added, built warm (+${extra})…`);
						publishOneStory(copy.dir);
						const warm = timedBuild(copy.dir, 'warm');
						rows.push([
							`site warm publish +${extra}/lang`,
							`${filesOf(warm)}; ${warm.reused} pages reused`,
							`${sec(warm.totalSeconds)} (astro ${sec(warm.astroSeconds)}, pagefind ${sec(warm.pagefindSeconds)}) = ${((100 * warm.totalSeconds) / build.totalSeconds).toFixed(0)} % of cold (goal ≤ 25 %; load ${warm.load.toFixed(1)})`,
							`peak ${mb(warm)}`,
							warm.phases,
						]);
					}
				} finally {
					copy.remove();
				}
			} finally {
				stories.remove();
			}
		}
	} finally {
		await browser.close();
	}
	const base = site[0];
	for (const extra of sizes.filter((n) => n > 0 && base && site[n])) {
		// Files each story adds (its page and Pagefind's fragment, in both languages, and the list
		// pages it fills), and how many stories per language fit under Cloudflare's limit at that rate.
		const perStory = (site[extra]!.files - base!.files) / extra;
		const fit = Math.floor((cloudflareFileLimit - base!.files) / perStory);
		rows.push([
			`files per story (+${extra})`,
			`${perStory.toFixed(2)} files per story per language pair`,
			`${fit.toLocaleString('en')} stories per language fit under 20,000 files`,
			'',
			'',
		]);
	}
	if (site[1000] && site[5000]) {
		const ratio = site[5000].totalSeconds / site[1000].totalSeconds;
		rows.push(['growth: T(+5k)/T(+1k)', ratio.toFixed(2), 'goal ≤ 5', '', '']);
	}
	return [
		{
			title: 'Build and page weight',
			columns: ['measure', '', '', '', 'where astro build’s time went (its phase log)'],
			rows,
			notes: [
				'Build: `astro build` then `pagefind --site dist` (as `npm run build`, less the CMS), wall time, in a copy of',
				'the project with generated stories of about 600 words in both languages. Bare Astro: a paged',
				'story list and story pages, nothing else (tests/bench/bareAstro.ts), built in the same run',
				'just before the site from the same story files, in interleaved rounds (BENCH_ROUNDS, default',
				'3); each figure is the median of its rounds, the ratio the median of the rounds’ ratios.',
				'Peak: the larger maximum resident set of the',
				'two processes (GNU time; the Astro process alone when /usr/bin/time is missing).',
				'Phases: Astro’s own log — content sync and build info, each Vite build (server, client),',
				'rendering the pages. The /admin/ CMS is built apart (npm run build:admin, timed below).',
				'Page: a first visit in Chromium to the Danish page of each kind; bytes raw / gzip by type',
				`(the HTML’s gzip also in bytes: a story’s budget is ${storyBudget.toLocaleString('en')} B). The 600-word story is the`,
				'generator’s first, measured in the first build with generated stories (none with BENCH_SIZES=0).',
			],
		},
		searchReport(searchRowsAll),
	];
}
