import { writeFileSync } from 'node:fs';

/**
 * Preloaded into a benchmarked Node process (`node --import`): on exit it writes the process's peak
 * resident memory, in kilobytes, to the file named by BENCH_MAXRSS_FILE.
 */
process.on('exit', () => {
	if (process.env.BENCH_MAXRSS_FILE) {
		writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
	}
});
