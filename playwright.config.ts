import { defineConfig, devices } from '@playwright/test';
import { freePort, nginxPath } from './deploy/nginx/serve.ts';
import { chromiumFlags, chromiumPath } from './tests/helpers/browser.ts';
import { siteOrigin, testReceiverServer } from './tests/helpers/form.ts';
import { takingGuidePictures } from './tests/helpers/guideShots.ts';
import { cdnServer, installRuntime, runtimes } from './tests/hosting/cdnRuntimes.ts';

/**
 * One Playwright run over the built site (`npm run test:browser`), served as production serves it:
 * Debian's nginx with deploy/nginx/mentor-network.conf for the journeys (tests/e2e) and the hosting
 * checks (tests/hosting), and the same dist/ by Cloudflare's `wrangler pages dev` and Netlify's
 * `netlify dev` for the CDN recipes (tests/hosting/cdn.spec.ts, installed on first use by
 * tests/hosting/cdnRuntimes.ts). Each server takes TEST_PORT, CLOUDFLARE_PORT, NETLIFY_PORT or a
 * free port, chosen once here; the test workers inherit them through the environment.
 */
if (!nginxPath()) {
	throw new Error("The browser tests need Debian's nginx: run `npm run prerequisites` as root");
}
process.env.TEST_PORT ??= '4399';
process.env.CLOUDFLARE_PORT ??= String(await freePort());
process.env.NETLIFY_PORT ??= String(await freePort());
process.env.NETLIFY_STATIC_PORT ??= String(await freePort());
const origin = `http://127.0.0.1:${process.env.TEST_PORT}`;
const cloudflareOrigin = `http://127.0.0.1:${process.env.CLOUDFLARE_PORT}`;
const netlifyOrigin = `http://127.0.0.1:${process.env.NETLIFY_PORT}`;
installRuntime(runtimes.cloudflare);
installRuntime(runtimes.netlify);

const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: { executablePath: chromiumPath(), args: chromiumFlags },
};

export default defineConfig({
	testDir: './tests',
	forbidOnly: !!process.env.CI,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: { trace: 'retain-on-failure' },
	projects: [
		{
			name: 'chromium',
			testMatch: ['e2e/**/*.spec.ts', 'hosting/**/*.spec.ts'],
			// The editors' guide's own pictures (tests/e2e/cms-guide.spec.ts) are taken by
			// `npm run guide:pictures`; what they check on the way, the other specs check.
			testIgnore: [
				'hosting/cdn.spec.ts',
				...(takingGuidePictures ? [] : ['e2e/cms-guide.spec.ts']),
			],
			use: { ...chromium, baseURL: origin },
		},
		{
			name: runtimes.cloudflare.name,
			testMatch: 'hosting/cdn.spec.ts',
			use: { ...chromium, baseURL: cloudflareOrigin },
		},
		{
			name: runtimes.netlify.name,
			testMatch: 'hosting/cdn.spec.ts',
			use: { ...chromium, baseURL: netlifyOrigin },
		},
	],
	webServer: [
		{
			// The deployed pages redirect to the public address after a sign-up without JavaScript
			// (SITE_URL); the tests route it to nginx, so the header's form-action names it too.
			command: `node deploy/nginx/serve.ts --port ${process.env.TEST_PORT} --extra-form-origins ${siteOrigin}`,
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
