import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './tests/helpers/browser.ts';
import { siteOrigin, testReceiverServer } from './tests/helpers/form.ts';
import { takingGuidePictures } from './tests/helpers/guideShots.ts';

const port = Number(process.env.TEST_PORT ?? 4399);

export default defineConfig({
	testDir: './tests/e2e',
	// The editors' guide's own pictures (tests/e2e/cms-guide.spec.ts) are taken by
	// `npm run guide:pictures`; every check they make on the way is also made by the other specs.
	testIgnore: takingGuidePictures ? [] : ['cms-guide.spec.ts'],
	forbidOnly: !!process.env.CI,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromiumPath(),
					args: chromiumFlags,
				},
			},
		},
	],
	webServer: [
		{
			// The built site, as a static host would serve it. `npm test` builds it first.
			command: `npx astro preview --host 127.0.0.1 --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		testReceiverServer([`http://127.0.0.1:${port}`, siteOrigin]),
	],
});
