import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** The page events the specs listen to; each test's listeners go with it. */
const pageEvents = [
	'console',
	'pageerror',
	'request',
	'response',
	'requestfailed',
	'dialog',
] as const;

const clocked = new WeakSet<Page>();

/**
 * Moves the page's clock `ms` on at once, as if she had spent that long on the page. The clock stays
 * Playwright's for the rest of the test (it goes on from there at the normal pace); the next test on
 * this worker gets a new context.
 */
export async function letTimePass(page: Page, ms: number): Promise<void> {
	const now = await page.evaluate(() => Date.now());
	clocked.add(page);
	await page.clock.setSystemTime(now + ms);
}

/**
 * Playwright's `test` with a `page` that each worker keeps between tests, one per set of context
 * options (JavaScript on or off, a phone or a desktop), instead of a new browser context for every
 * test. A new context starts a new renderer process, which on two cores costs more than most of
 * these tests' own checks (see docs/performance.md). Between tests the page is reset to what a new
 * one would be for what the specs that use this do: the test's viewport, screen media, no listeners,
 * no routes, and a blank document, so nothing the previous page still loads is counted in the next.
 * The site keeps nothing in cookies or storage; a spec that needs a fresh context (the CMS) keeps
 * Playwright's own `test`.
 */
export const test = base.extend<object, { tabs: Map<string, Page> }>({
	tabs: [
		async ({}, use) => {
			const tabs = new Map<string, Page>();
			await use(tabs);
			for (const tab of tabs.values()) await tab.context().close();
		},
		{ scope: 'worker' },
	],
	page: async (
		{
			tabs,
			browser,
			baseURL,
			viewport,
			isMobile,
			hasTouch,
			javaScriptEnabled,
			deviceScaleFactor,
			userAgent,
		},
		use,
	) => {
		const options: BrowserContextOptions = {
			baseURL,
			isMobile,
			hasTouch,
			javaScriptEnabled,
			deviceScaleFactor,
			userAgent,
		};
		const key = JSON.stringify(options);
		let tab = tabs.get(key);
		if (!tab || tab.isClosed()) {
			tab = await (await browser.newContext({ ...options, viewport })).newPage();
			tabs.set(key, tab);
		}
		if (viewport) await tab.setViewportSize(viewport);
		await use(tab);
		if (clocked.has(tab)) {
			// Playwright's clock cannot be taken out of a context again: the next test gets a new one.
			tabs.delete(key);
			await tab.context().close();
			return;
		}
		for (const event of pageEvents) tab.removeAllListeners(event);
		await tab.unrouteAll({ behavior: 'ignoreErrors' });
		await tab.emulateMedia({ media: null });
		await tab.goto('about:blank');
	},
});
