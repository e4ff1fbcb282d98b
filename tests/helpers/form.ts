import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from './sharedPage.ts';
import { builtSiteOrigin } from './built.ts';

/** The port of the receiver the browser tests start; the built form posts to it (PUBLIC_FORM_ACTION). */
export const formPort = Number(process.env.FORM_PORT ?? 8788);

/** Where that receiver appends sign-ups: outside the project, so test data never lands in it. */
export const testSubmissionsFile = join(tmpdir(), `mentor-network-form-test-${formPort}.jsonl`);

/**
 * The origin the built site believes it lives at (SITE_URL at build time): its absolute redirects
 * point there. Read from the built sitemap, so the tests follow whatever address dist/ was built for.
 */
export const siteOrigin = builtSiteOrigin();

/**
 * With JavaScript off the receiver redirects to the public address (SITE_URL): for each test of the
 * enclosing describe block, serve that address from the test's `baseURL`. The route is ended after
 * each test, ignoring its errors: the confirmation page's favicon may still be in flight through it.
 */
export function servePublicSiteInEachTest(): void {
	test.beforeEach(async ({ page, baseURL }) => {
		await page.route(`${siteOrigin}/**`, async (route) => {
			const url = new URL(route.request().url());
			await route.fulfill({ response: await route.fetch({ url: `${baseURL}${url.pathname}` }) });
		});
	});
	test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));
}

/** Every sign-up the test receiver stored with this email address. */
export function submissionsFrom(email: string): Record<string, string>[] {
	return submissionsWith('email', email);
}

/** Every submission the test receiver stored whose `field` is `value` (a call-back's phone, say). */
export function submissionsWith(field: string, value: string): Record<string, string>[] {
	let lines: string[];
	try {
		lines = readFileSync(testSubmissionsFile, 'utf8').split('\n').filter(Boolean);
	} catch {
		return [];
	}
	return lines
		.map((line) => JSON.parse(line) as Record<string, string>)
		.filter((record) => record[field] === value);
}

/**
 * The Playwright `webServer` entry for the real form receiver the built form posts to (its default
 * action, or PUBLIC_FORM_ACTION at this port), accepting posts from `siteOrigins`. Never reused:
 * the tests read the file this instance writes.
 */
export function testReceiverServer(siteOrigins: string[]) {
	return {
		command: 'node src/forms/receiver/server.ts',
		url: `http://127.0.0.1:${formPort}/`,
		reuseExistingServer: false,
		timeout: 30_000,
		env: {
			FORM_PORT: String(formPort),
			FORM_SUBMISSIONS_FILE: testSubmissionsFile,
			FORM_ALLOWED_ORIGINS: siteOrigins.join(','),
		},
	};
}
