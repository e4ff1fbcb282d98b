/**
 * `npm run bench`: runs every benchmark and prints its figures. Benchmarks measure and report; they
 * never fail on a number. To add one, write `tests/bench/<name>.ts` exporting a function that resolves
 * to `Report`s, and list it below.
 */
import { printReport, type Report } from './report.ts';
import { adminBenchmark } from './admin.ts';
import { buildBenchmark } from './build.ts';
import { observatoryBenchmark } from './observatory.ts';
import { searchBenchmark } from './search.ts';

const benchmarks: (() => Promise<Report[]>)[] = [
	buildBenchmark,
	adminBenchmark,
	searchBenchmark,
	observatoryBenchmark,
];

for (const benchmark of benchmarks) {
	for (const report of await benchmark()) printReport(report);
}
