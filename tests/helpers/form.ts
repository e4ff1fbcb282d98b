import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The port of the receiver the browser tests start; the built form posts to it (PUBLIC_FORM_ACTION). */
export const formPort = Number(process.env.FORM_PORT ?? 8788);

/** Where that receiver appends sign-ups: outside the project, so test data never lands in it. */
export const testSubmissionsFile = join(tmpdir(), `mentor-network-form-test-${formPort}.jsonl`);

/** The origin the built site believes it lives at (SITE_URL): its absolute redirects point there. */
export const siteOrigin = new URL(process.env.SITE_URL ?? 'https://mentor.kvinfo.dk').origin;

/**
 * With JavaScript off the receiver redirects to the public address (SITE_URL): serve that address
 * from `baseURL` for this page. Call `stopServingPublicSite` when the test ends.
 */
export async function servePublicSiteFrom(page: Page, baseURL: string): Promise<void> {
	await page.route(`${siteOrigin}/**`, async (route) => {
		const url = new URL(route.request().url());
		await route.fulfill({ response: await route.fetch({ url: `${baseURL}${url.pathname}` }) });
	});
}

/**
 * Ends `servePublicSiteFrom`. The confirmation page's favicon may still be in flight through the
 * route when a test ends; its answer is no longer wanted, so its error is ignored.
 */
export function stopServingPublicSite(page: Page): Promise<void> {
	return page.unrouteAll({ behavior: 'ignoreErrors' });
}

/** Every sign-up the test receiver stored with this email address. */
export function submissionsFrom(email: string): Record<string, string>[] {
	let lines: string[];
	try {
		lines = readFileSync(testSubmissionsFile, 'utf8').split('\n').filter(Boolean);
	} catch {
		return [];
	}
	return lines
		.map((line) => JSON.parse(line) as Record<string, string>)
		.filter((record) => record.email === email);
}

/**
 * The Playwright `webServer` entry for the real form receiver the built form posts to (its default
 * action, or PUBLIC_FORM_ACTION at this port), accepting posts from `siteOrigins`. Never reused:
 * the tests read the file this instance writes.
 */
export function testReceiverServer(siteOrigins: string[]) {
	return {
		command: 'node src/form/receiver/server.ts',
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
