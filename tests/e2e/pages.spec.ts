import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { isContentPage, localeOf, sitemapPaths, wcagTags } from '../helpers/site.ts';

const paths = sitemapPaths();

test('the sitemap lists every page in both languages', () => {
	const byLocale = Object.groupBy(paths, localeOf);
	expect(byLocale.da?.length).toBeGreaterThanOrEqual(20);
	expect(byLocale.en?.length).toBe(byLocale.da?.length);
});

for (const path of paths) {
	test.describe(path, () => {
		test('answers, in its language, with one h1, and scripts only where needed', async ({
			page,
			baseURL,
		}) => {
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
			await expect(page.locator('html')).toHaveAttribute('lang', localeOf(path));
			await expect(page.locator('h1')).toHaveCount(1);
			expect(errors).toEqual([]);
			// Nothing is fetched from anyone else: no fonts, tiles, analytics or CDN scripts.
			expect(elsewhere).toEqual([]);
			if (isContentPage(path)) {
				await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
				expect(scripts).toEqual([]);
			} else {
				// Pages that need JavaScript load only our own, never a third party's.
				const origin = new URL(page.url()).origin;
				expect(scripts.filter((url) => new URL(url).origin !== origin)).toEqual([]);
			}
		});

		test('switches language to the same page and back', async ({ page }) => {
			await page.goto(path);
			const from = localeOf(path);
			const switcher = page.getByRole('navigation', { name: /^(Sprog|Language)$/ });
			await switcher.getByRole('link').first().click();
			const otherPath = new URL(page.url()).pathname;
			const to = localeOf(otherPath);
			expect(to).not.toBe(from);
			await expect(page.locator('html')).toHaveAttribute('lang', to);
			await expect(page.locator(`link[rel="alternate"][hreflang="${from}"]`)).toHaveAttribute(
				'href',
				new RegExp(`${path}$`),
			);
			await page
				.getByRole('navigation', { name: /^(Sprog|Language)$/ })
				.getByRole('link')
				.first()
				.click();
			expect(new URL(page.url()).pathname).toBe(path);
		});

		test('has no WCAG 2.2 AA violations', async ({ page }) => {
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
			).toEqual([]);
		});
	});
}

test('a missing page answers 404 with a page in both languages', async ({ page }) => {
	const response = await page.goto('/findes-ikke/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
	await expect(page.locator('[lang="en"]').getByRole('heading')).toHaveText('Page not found');
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	expect(results.violations).toEqual([]);
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
