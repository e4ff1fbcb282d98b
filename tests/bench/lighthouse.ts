import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { landingPages, lighthouseTarget, timingMetrics, type Run } from '../helpers/lighthouse.ts';
import { median } from '../helpers/median.ts';
import type { Report } from './report.ts';

/**
 * Lighthouse's mobile preset, the site built and served as production serves it (the same set-up as
 * `npm run test:lighthouse`), on the pages people land on and on a bare page: one paragraph, no CSS,
 * served by the same nginx with the same headers. The bare page is what this browser on this
 * machine costs at the moment of the run; the pages are measured interleaved with it, round by
 * round, so a busy machine slows both. The target is 100 in performance; the figures move with the
 * machine, so the last column names any timing whose median score is below Lighthouse's "good" band
 * (0.9), the line a real regression crosses. `npm run test:lighthouse` judges the other categories.
 */
const rounds = Number(process.env.BENCH_LIGHTHOUSE_ROUNDS ?? 5);
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4399);
const barePath = '/bench-bare-page/';
/** Lighthouse colours a score from 0.9 green: "good". */
const good = 0.9;
const pages = [barePath, ...landingPages];

const barePage = `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="En side med ét afsnit."><title>Bar side</title></head>
<body><main><h1>Bar side</h1><p>En side med ét afsnit og intet andet.</p></main></body>
</html>
`;

export async function lighthouseBenchmark(): Promise<Report[]> {
	process.stderr.write(`bench: Lighthouse, ${rounds} rounds of ${pages.length} pages\n`);
	const target = await lighthouseTarget(port, (root) => {
		mkdirSync(join(root, barePath), { recursive: true });
		writeFileSync(join(root, barePath, 'index.html'), barePage);
	});
	const runs = new Map<string, Run[]>(pages.map((path) => [path, []]));
	try {
		for (let round = 0; round < rounds; round++) {
			for (const path of pages) runs.get(path)!.push(await target.audit(path));
		}
	} finally {
		await target.close();
	}
	const value = (path: string, id: string) =>
		runs.get(path)!.map((run) => run.audits[id]?.value ?? NaN);
	const bareTbt = median(value(barePath, 'total-blocking-time'));
	const ms = (n: number) => `${Math.round(n)}`;
	const rows = pages.map((path) => {
		const tbt = value(path, 'total-blocking-time');
		const scores = runs.get(path)!.map((run) => Math.round(run.scores.performance! * 100));
		const notGood = timingMetrics.filter(
			(id) => median(runs.get(path)!.map((run) => run.audits[id]?.score ?? 0)) < good,
		);
		return [
			path === barePath ? 'bare page' : path,
			`${median(scores)} (${Math.min(...scores)}–${Math.max(...scores)})`,
			`${ms(median(tbt))} (${ms(Math.min(...tbt))}–${ms(Math.max(...tbt))})`,
			ms(median(tbt) - bareTbt),
			ms(median(value(path, 'first-contentful-paint'))),
			ms(median(value(path, 'largest-contentful-paint'))),
			notGood.length === 0 ? 'all good' : notGood.join(', '),
		];
	});
	return [
		{
			title: `Lighthouse, mobile: medians of ${rounds} rounds (target: performance 100)`,
			columns: [
				'page',
				'performance (range)',
				'TBT ms (range)',
				'TBT − bare',
				'FCP ms',
				'LCP ms',
				'timings',
			],
			rows,
			notes: [
				'Simulated mobile (Lighthouse default: 4× CPU slowdown, slow 4G); nginx with the deploy file, gzip.',
				'TBT − bare: the median blocking time above the bare page measured in the same rounds.',
				`Load average at the end: ${loadavg()
					.map((n) => n.toFixed(1))
					.join(', ')}.`,
			],
		},
	];
}
