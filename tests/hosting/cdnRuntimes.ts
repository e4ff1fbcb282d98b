import { copyFileSync, existsSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { installInto } from '../helpers/cachedInstall.ts';

/**
 * The CDNs' own local runtimes, for `npm run test:hosting`: Cloudflare's `wrangler pages dev`
 * (workerd, the runtime of Cloudflare Pages) and Netlify's CLI (`netlify dev`, its proxy with the
 * `_headers` and redirect rules). They are large and only the hosting tests use them, so they are
 * installed on first use into a cache folder, not carried by `npm install`; pinned, so two runs
 * compare. Install scripts stay off: what they would fetch comes from outside the package registry
 * (workerd's binary and esbuild's come as npm optional dependencies, which need no script).
 */
const home = join(homedir(), '.cache', 'mentor-network-cdn');
const root = join(import.meta.dirname, '../..');

export interface CdnRuntime {
	/** The Playwright project's name. */
	name: string;
	package: string;
	/** Where it is installed, and the bin that runs it. */
	prefix: string;
	bin: string;
}

export const runtimes = {
	cloudflare: {
		name: 'cloudflare-pages',
		package: 'wrangler@4.164.0',
		prefix: join(home, 'wrangler'),
		bin: join(home, 'wrangler/node_modules/.bin/wrangler'),
	},
	netlify: {
		name: 'netlify',
		package: 'netlify-cli@27.10.2',
		prefix: join(home, 'netlify'),
		bin: join(home, 'netlify/node_modules/.bin/netlify'),
	},
} satisfies Record<string, CdnRuntime>;

/** Installs `runtime` from the npm registry unless it is there (the first run takes a minute). */
export function installRuntime(runtime: CdnRuntime): void {
	if (existsSync(runtime.bin)) return;
	installInto(runtime.prefix, runtime.package, (message) =>
		process.stderr.write(`test:hosting: ${message}\n`),
	);
	if (!existsSync(runtime.bin)) throw new Error(`${runtime.package} installed no ${runtime.bin}`);
}

/** The runtime's environment: no telemetry, no look-ups on the internet (this machine has none). */
export const quiet = {
	// Wrangler: no usage metrics, and no download of the `request.cf` object from workers.cloudflare.com.
	WRANGLER_SEND_METRICS: 'false',
	CLOUDFLARE_CF_FETCH_ENABLED: 'false',
	// Netlify's CLI sends no telemetry in CI (ci-info); it reads nothing else from the variable here.
	CI: '1',
};

/**
 * How to run `wrangler pages dev dist` on `port` from the temporary folder `dir`, where its state
 * (.wrangler/) goes, never into the project. The compatibility date is fixed so a newer workerd
 * cannot change the run silently.
 */
export function cloudflareCommand(port: number, dist: string, dir: string): string[] {
	return [
		runtimes.cloudflare.bin,
		...['pages', 'dev', dist, '--ip', '127.0.0.1', '--port', String(port)],
		...['--compatibility-date', '2026-11-17', '--persist-to', dir, '--log-level', 'warn'],
	];
}

/**
 * How to run `netlify dev` serving `dist/` with the project's netlify.toml, from the temporary
 * folder `dir`, given that file and a link to `dist/` (the CLI writes .netlify/ beside them).
 * `--offline --internal-disable-edge-functions`: otherwise the CLI downloads Deno from GitHub for
 * Edge Functions, which the site has none of, and stops when it cannot ("Error: fetch failed" in
 * netlify-cli dist/lib/edge-functions/proxy.js, prepareServer).
 */
export function netlifyCommand(port: number, staticPort: number, dist: string, dir: string) {
	copyFileSync(join(root, 'netlify.toml'), join(dir, 'netlify.toml'));
	symlinkSync(dist, join(dir, 'dist'));
	return [
		runtimes.netlify.bin,
		...['dev', '--offline', '--internal-disable-edge-functions', '--dir', 'dist'],
		...['--port', String(port), '--staticServerPort', String(staticPort)],
		...['--no-open', '--skip-gitignore'],
	];
}

/**
 * The Playwright `webServer` entry that serves `dist/` with `runtime` on `port`
 * (tests/hosting/cdnServer.ts, which makes the runtime's temporary folder and removes it when the
 * runtime stops: Playwright sends it SIGTERM).
 */
export function cdnServer(runtime: 'cloudflare' | 'netlify', port: number, staticPort = 0) {
	return {
		command: `node tests/hosting/cdnServer.ts ${runtime} ${port} ${staticPort}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
		timeout: 90_000,
	};
}
