import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { dir, isPartial, locales, t, type Locale } from '../../src/i18n/locales.ts';
import { pageDefinition, pageExistsIn, pageKeys } from '../../src/routing/pages.ts';
import { routePath } from '../../src/routing/routes.ts';
import { wcagViolations } from '../helpers/axe.ts';
import { isContentPage, localeOf, phone, sitemapPaths } from '../helpers/site.ts';

/** The language switch's name in any of the site's languages. */
const switchName = new RegExp(`^(${locales.map((l) => t(l, 'header.language')).join('|')})$`);

const paths = sitemapPaths();

/** The height of the page's header as drawn now, in CSS pixels. */
async function headerHeight(page: Page): Promise<number> {
	return (await page.locator('header.app-header').boundingBox())!.height;
}

/**
 * `test` with the header's height on each language's home page at the phone width: the height every
 * page of that language must have, so nothing jumps from page to page. Measured once per worker, in
 * a tab of its own.
 */
const pageTest = test.extend<object, { homeHeaderHeight: (locale: Locale) => Promise<number> }>({
	homeHeaderHeight: [
		async ({ browser }, use, workerInfo) => {
			const context = await browser.newContext({
				baseURL: workerInfo.project.use.baseURL,
				viewport: phone,
			});
			const tab = await context.newPage();
			const heights = new Map<Locale, number>();
			await use(async (locale) => {
				if (!heights.has(locale)) {
					await tab.goto(routePath({ locale, page: 'home' }));
					heights.set(locale, await headerHeight(tab));
					console.log(`header height (${locale}) at 390 × 844: ${heights.get(locale)} px`);
				}
				return heights.get(locale)!;
			});
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test('the sitemap lists every page in both languages', () => {
	const byLocale = Object.groupBy(paths, localeOf);
	expect(byLocale.da?.length).toBeGreaterThanOrEqual(20);
	expect(byLocale.en?.length).toBe(byLocale.da?.length);
	// A partial language: every indexed page the registry gives it, and the office pages.
	for (const locale of locales.filter(isPartial)) {
		const covered = pageKeys.filter((page) => pageExistsIn(page, locale));
		expect(covered).toEqual(
			expect.arrayContaining(['home', 'mentees', 'faq', 'signup', 'privacy']),
		);
		expect(covered).toEqual(expect.arrayContaining(['offices', 'search', 'languages', 'thanks']));
		// The confirmation pages are not indexed, so not in the sitemap.
		for (const page of covered.filter((key) => pageDefinition(key).indexed)) {
			expect(paths, `${locale} ${page}`).toContain(routePath({ locale, page }));
		}
		expect(paths).toContain(routePath({ locale, page: 'offices', entry: 'fyn' }));
	}
});

// One load of each page: what only a browser sees. What the built file says of itself (language,
// one h1, which scripts, the language switch's links) is checked in tests/built/pages.test.ts.
for (const path of paths) {
	pageTest(
		`${path}: loads clean, has no WCAG 2.2 AA violations, a header of a quarter of a phone's screen at most and the same on every page, and fits 320 px`,
		async ({ page, baseURL, homeHeaderHeight }) => {
			const scripts: string[] = [];
			const errors: string[] = [];
			const elsewhere: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.push(request.url());
				if (new URL(request.url()).origin !== new URL(baseURL!).origin)
					elsewhere.push(request.url());
			});
			// A style or script blocked by the Content-Security-Policy shows up here.
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			// Axe at the desktop width, where the whole menu is shown; then the header at a phone's width, and
			// the page at a small phone's.
			expect(await wcagViolations(page)).toEqual([]);
			await page.setViewportSize(phone);
			const height = await headerHeight(page);
			expect(height).toBeLessThanOrEqual(phone.height / 4);
			expect(height).toBe(await homeHeaderHeight(localeOf(path)));
			await page.setViewportSize({ width: 320, height: 640 });
			await expect
				.poll(() =>
					page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
					),
				)
				.toBe(0);
			expect(errors).toEqual([]);
			// Nothing is fetched from anyone else: no fonts, tiles, analytics or CDN scripts.
			expect(elsewhere).toEqual([]);
			// A content page runs no script at all, not even one a style or a worker would pull in.
			if (isContentPage(path)) expect(scripts).toEqual([]);
		},
	);
}

test('the language switch leads to the same page and back', async ({ page }) => {
	for (const path of ['/om-netvaerket/', '/ar/for-mentees/']) {
		await page.goto(path);
		const from = localeOf(path);
		const switcher = page.getByRole('navigation', { name: switchName });
		await switcher.getByRole('link').first().click();
		const to = localeOf(new URL(page.url()).pathname);
		expect(to).not.toBe(from);
		await expect(page.locator('html')).toHaveAttribute('lang', to);
		await page
			.getByRole('navigation', { name: switchName })
			.getByRole('link', { name: t(from, 'locale.name'), exact: true })
			.click();
		expect(new URL(page.url()).pathname).toBe(path);
	}
});

test('a missing page answers 404 with a page in both languages', async ({ page }) => {
	const response = await page.goto('/findes-ikke/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
	await expect(page.locator('[lang="en"]').getByRole('heading')).toHaveText('Page not found');
	expect(await wcagViolations(page)).toEqual([]);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/en/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('every story is labelled illustrative when its data says so', async ({ page }) => {
	await page.goto('/en/stories/');
	const cards = page.getByRole('article');
	const count = await cards.count();
	expect(count).toBeGreaterThanOrEqual(6);
	await expect(cards.getByText('Illustrative story', { exact: true })).toHaveCount(count);
});

test('each question on the FAQ page can be linked to', async ({ page }) => {
	await page.goto('/en/questions-and-answers/');
	const question = page.getByRole('heading', { level: 3 }).first();
	const link = question.getByRole('link');
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^#[a-z0-9-]+$/);
	await expect(page.locator(href!)).toHaveText(await question.innerText());
});

test('robots.txt points crawlers at the sitemap', async ({ request }) => {
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('every language is one globe away, named in its own language, from a page not translated', async ({
	page,
}) => {
	await page.goto('/for-mentorer/');
	await page
		.getByRole('banner')
		.getByRole('link', { name: t('da', 'nav.languages') })
		.click();
	await expect(page).toHaveURL(routePath({ locale: 'da', page: 'languages' }));
	const list = page.getByRole('main').getByRole('listitem');
	for (const locale of locales) {
		await expect(
			list.getByRole('link', { name: t(locale, 'locale.name'), exact: true }),
		).toHaveAttribute('lang', locale);
		// What each language's pages cover, said in that language, not in Danish.
		await expect(
			list.locator(`[lang="${locale}"][dir="${dir(locale)}"]`, {
				hasText: t(locale, 'languages.covers'),
			}),
		).toBeVisible();
	}
	await list.getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL('/ar/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// The untranslated mentors' page exists in Danish and English only: the header still names every
	// other language, leading to the same page where it exists and to that language's home elsewhere.
	await page.goto('/for-mentorer/');
	const offered = page.getByRole('navigation', { name: switchName }).getByRole('link');
	await expect(offered).toHaveText(
		locales.filter((locale) => locale !== 'da').map((locale) => t(locale, 'locale.name')),
	);
	for (const locale of locales.filter((other) => other !== 'da')) {
		await expect(offered.and(page.locator(`[hreflang="${locale}"]`))).toHaveAttribute(
			'href',
			routePath({ locale, page: locale === 'en' ? 'mentors' : 'home' }),
		);
	}
	await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(3);
});

test('a translated page says so in one line, in its language, linking to the Danish text', async ({
	page,
}) => {
	for (const locale of locales.filter(isPartial)) {
		await page.goto(routePath({ locale, page: 'mentees' }));
		const note = page.getByText(t(locale, 'translation.unreviewed'));
		await expect(note).toBeVisible();
		await expect(note.getByRole('link', { name: t(locale, 'translation.source') })).toHaveAttribute(
			'href',
			'/for-mentees/',
		);
	}
});
