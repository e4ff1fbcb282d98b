import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloudflareCommand, netlifyCommand, quiet } from './cdnRuntimes.ts';

/**
 * `node tests/hosting/cdnServer.ts cloudflare|netlify <port> [<static port>]`: serves dist/ with
 * that CDN's local runtime until it gets SIGTERM or SIGINT, from a temporary folder it removes
 * afterwards (playwright.config.ts starts it).
 */
const [runtime, port, staticPort] = process.argv.slice(2);
const dist = join(import.meta.dirname, '../../dist');
const dir = mkdtempSync(join(tmpdir(), `mentor-${runtime}-`));
const [command, ...args] =
	runtime === 'cloudflare'
		? cloudflareCommand(Number(port), dist, dir)
		: netlifyCommand(Number(port), Number(staticPort), dist, dir);
const child = spawn(command!, args, {
	cwd: dir,
	stdio: 'inherit',
	env: { ...process.env, ...quiet },
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
	rmSync(dir, { recursive: true, force: true });
	process.exit(code ?? (signal ? 0 : 1));
});
