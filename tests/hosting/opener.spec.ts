import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { freePort } from '../../deploy/nginx/serve.ts';

/**
 * Cross-Origin-Opener-Policy as nginx sends it, in Chromium
 * (docs/decisions/0003-no-coop-on-pages.md).
 * The CMS signs editors in through a popup on another site (Decap's GitHub login opens the OAuth
 * service with window.open, and the service answers through window.opener.postMessage): /admin/
 * must keep the popups it opens. And no other site may keep a handle on the CMS it opens. The
 * site's pages send none.
 */
let other: Server;
let otherOrigin: string;

test.beforeAll(async () => {
	// Another site (127.0.0.2 is another site than 127.0.0.1), playing the OAuth service: its page
	// answers whoever opened it, as Decap's login popup does.
	const port = await freePort('127.0.0.2');
	other = createServer((request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			request.url === '/opener'
				? `<!doctype html><title>Opener</title>`
				: `<!doctype html><title>Sign in</title><script>window.opener?.postMessage('authorizing:github', '*')</script>`,
		);
	});
	await new Promise<void>((resolve) => other.listen(port, '127.0.0.2', resolve));
	otherOrigin = `http://127.0.0.2:${port}`;
});

test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

test("/admin/'s sign-in popup on another site can answer it", async ({ page }) => {
	await page.goto('/admin/');
	const answer = await page.evaluate(
		(url) =>
			new Promise<string>((resolve) => {
				addEventListener('message', (event) => resolve(String(event.data)));
				window.open(url, 'Netlify Authorization', 'width=500,height=600');
				setTimeout(() => resolve('no answer'), 5_000);
			}),
		`${otherOrigin}/sign-in`,
	);
	expect(answer).toBe('authorizing:github');
});

test('another site that opens /admin/ keeps no handle on it', async ({ page, baseURL }) => {
	await page.goto(`${otherOrigin}/opener`);
	const [popup] = await Promise.all([
		page.waitForEvent('popup'),
		page.evaluate((url) => {
			(window as unknown as { opened: Window | null }).opened = window.open(url, '_blank', 'popup');
		}, `${baseURL}/admin/`),
	]);
	await popup.waitForLoadState('load');
	expect(await popup.evaluate(() => window.opener === null)).toBe(true);
	expect(
		await page.evaluate(() => (window as unknown as { opened: Window | null }).opened?.closed),
	).toBe(true);
});

test("the site's pages send no Cross-Origin-Opener-Policy", async ({ request }) => {
	for (const path of ['/', '/historier/amal-hanne/', '/tilmeld/', '/en/search/']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cross-origin-opener-policy'], path).toBeUndefined();
	}
});
