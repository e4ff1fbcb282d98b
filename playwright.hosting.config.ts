import { defineConfig, devices } from '@playwright/test';
import { freePort, nginxPath } from './deploy/nginx/serve.ts';
import { chromiumFlags, chromiumPath } from './tests/helpers/browser.ts';
import { siteOrigin, testReceiverServer } from './tests/helpers/form.ts';

/**
 * `npm run test:hosting`: the built site served by Debian's nginx with deploy/nginx/mentor-network.conf,
 * checked over real HTTP and in Chromium. nginx takes a free port (or HOSTING_PORT), chosen once here;
 * the test workers inherit it through the environment.
 */
if (!nginxPath()) {
	throw new Error("test:hosting needs Debian's nginx: apt-get install nginx (.ci/run installs it)");
}
process.env.HOSTING_PORT ??= String(await freePort());
const origin = `http://127.0.0.1:${process.env.HOSTING_PORT}`;

export default defineConfig({
	testDir: './tests/hosting',
	forbidOnly: !!process.env.CI,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: 'list',
	use: { baseURL: origin },
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: chromiumPath(), args: chromiumFlags },
			},
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
		testReceiverServer([origin, siteOrigin]),
	],
});
