import { defineConfig, devices } from '@playwright/test';
import { freePort, nginxPath } from './deploy/nginx/serve.ts';
import { chromiumFlags, chromiumPath } from './tests/helpers/browser.ts';
import { siteOrigin, testReceiverServer } from './tests/helpers/form.ts';
import { cdnServer, installRuntime, runtimes } from './tests/hosting/cdnRuntimes.ts';

/**
 * `npm run test:hosting`: the built site served by Debian's nginx with deploy/nginx/mentor-network.conf
 * (project `chromium`), by Cloudflare's `wrangler pages dev` (project `cloudflare-pages`) and by
 * Netlify's `netlify dev` (project `netlify`), checked over real HTTP and in Chromium. Each server
 * takes a free port (or HOSTING_PORT, CLOUDFLARE_PORT, NETLIFY_PORT), chosen once here; the test
 * workers inherit them through the environment. The CDN runtimes are installed on first use
 * (tests/hosting/cdnRuntimes.ts).
 */
if (!nginxPath()) {
	throw new Error("test:hosting needs Debian's nginx: apt-get install nginx (.ci/run installs it)");
}
process.env.HOSTING_PORT ??= String(await freePort());
process.env.CLOUDFLARE_PORT ??= String(await freePort());
process.env.NETLIFY_PORT ??= String(await freePort());
process.env.NETLIFY_STATIC_PORT ??= String(await freePort());
const origin = `http://127.0.0.1:${process.env.HOSTING_PORT}`;
const cloudflareOrigin = `http://127.0.0.1:${process.env.CLOUDFLARE_PORT}`;
const netlifyOrigin = `http://127.0.0.1:${process.env.NETLIFY_PORT}`;
installRuntime(runtimes.cloudflare);
installRuntime(runtimes.netlify);

const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: { executablePath: chromiumPath(), args: chromiumFlags },
};

export default defineConfig({
	testDir: './tests/hosting',
	forbidOnly: !!process.env.CI,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: 'list',
	projects: [
		{
			name: 'chromium',
			testIgnore: 'cdn.spec.ts',
			use: { ...chromium, baseURL: origin },
		},
		{
			name: runtimes.cloudflare.name,
			testMatch: 'cdn.spec.ts',
			use: { ...chromium, baseURL: cloudflareOrigin },
		},
		{
			name: runtimes.netlify.name,
			testMatch: 'cdn.spec.ts',
			use: { ...chromium, baseURL: netlifyOrigin },
		},
	],
	webServer: [
		{
			// The deployed pages redirect to the public address after a sign-up (SITE_URL); there, 'self'
			// is that address. Here the tests route it to nginx, so the header's form-action names it.
			command: `node deploy/nginx/serve.ts --port ${process.env.HOSTING_PORT} --extra-form-origins ${siteOrigin}`,
			url: `${origin}/`,
			reuseExistingServer: false,
			gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
			timeout: 30_000,
		},
		cdnServer('cloudflare', Number(process.env.CLOUDFLARE_PORT)),
		cdnServer('netlify', Number(process.env.NETLIFY_PORT), Number(process.env.NETLIFY_STATIC_PORT)),
		testReceiverServer([origin, siteOrigin]),
	],
});
