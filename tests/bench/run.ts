/**
 * `npm run bench`: runs every benchmark and prints its figures. Benchmarks measure and report; they
 * never fail on a number. To add one, write `tests/bench/<name>.ts` exporting a function that resolves
 * to `Report`s, and list it below.
 */
import { printReport, type Report } from './report.ts';
import { adminBenchmark } from './admin.ts';
import { buildBenchmark } from './build.ts';
import { lighthouseBenchmark } from './lighthouse.ts';
import { observatoryBenchmark } from './observatory.ts';

const benchmarks: Record<string, () => Promise<Report[]>> = {
	// Build time and memory against a bare Astro site, page weights, and search on the same builds.
	build: buildBenchmark,
	// What an editor's browser downloads for /admin/.
	admin: adminBenchmark,
	observatory: observatoryBenchmark,
	// Lighthouse's figures (the test holds them only to its "good" band), beside a bare page.
	lighthouse: lighthouseBenchmark,
};

/** `npm run bench -- build` runs only the benchmarks named; no names runs them all. */
const chosen = process.argv.slice(2);
for (const [name, benchmark] of Object.entries(benchmarks)) {
	if (chosen.length > 0 && !chosen.includes(name)) continue;
	for (const report of await benchmark()) printReport(report);
}
