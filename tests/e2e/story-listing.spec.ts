import type { Server } from 'node:http';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { completeLocales as locales, t } from '../../src/i18n/locales.ts';
import { pageDefinition } from '../../src/routing/pages.ts';
import { routePath } from '../../src/routing/routes.ts';
import { serveStatic } from '../bench/serve.ts';
import { writeGeneratedStories } from '../helpers/generatedStories.ts';
import { projectCopy } from '../helpers/projectCopy.ts';
import { wcagViolations } from '../helpers/axe.ts';

/**
 * Browsing the stories by filter and page, in a copy of the site with enough stories to fill several
 * pages (the real site has fewer than one page), with and without JavaScript, in every language.
 */
const pageSize = pageDefinition('stories').listing!.pageSize;
const added = pageSize * 2 + 3;
let copy: ReturnType<typeof projectCopy> | undefined;
let served: { server: Server; origin: string };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
	// Made here, not at load: Playwright loads the file in its runner too, which runs no hooks.
	copy = projectCopy((dir) => writeGeneratedStories(dir, added));
	const { status, output } = copy.astro('build');
	expect(status, output).toBe(0);
	served = await serveStatic(join(copy.dir, 'dist'));
});

test.afterAll(() => {
	served?.server.close();
	copy?.remove();
});

async function cards(page: Page) {
	return page.locator('.app-story-list > li');
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		for (const locale of locales) {
			test(`${locale}: the list pages through every story with previous/next links`, async ({
				page,
			}) => {
				await page.goto(served.origin + routePath({ locale, page: 'stories' }));
				await expect(await cards(page)).toHaveCount(pageSize);
				const pagesNav = page.getByRole('navigation', { name: t(locale, 'listing.pages') });
				await expect(
					pagesNav.getByRole('link', { name: t(locale, 'listing.previous') }),
				).toHaveCount(0);
				const seen = new Set<string>();
				for (let n = 1; ; n++) {
					for (const title of await page.locator('.app-story-card__title').allTextContents())
						seen.add(title);
					const next = pagesNav.getByRole('link', { name: t(locale, 'listing.next') });
					if ((await next.count()) === 0) break;
					await next.click();
					await expect(page).toHaveURL(
						served.origin + routePath({ locale, page: 'stories', pageNumber: n + 1 }),
					);
					await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
				}
				// Every story once: the seven real ones and the generated ones.
				expect(seen.size).toBeGreaterThan(added);
				await pagesNav.getByRole('link', { name: t(locale, 'listing.previous') }).click();
				await expect(page).toHaveURL(
					served.origin +
						routePath({ locale, page: 'stories', pageNumber: Math.ceil(seen.size / pageSize) - 1 }),
				);
			});

			test(`${locale}: a filter link narrows the list to one office, field or background`, async ({
				page,
			}) => {
				await page.goto(served.origin + routePath({ locale, page: 'stories' }));
				const filters = page.getByRole('navigation', { name: t(locale, 'listing.filters') });
				await filters.getByRole('link', { name: 'Fyn', exact: true }).click();
				const fyn = routePath({
					locale,
					page: 'stories',
					filter: { facet: 'office', value: 'fyn' },
				});
				await expect(page).toHaveURL(served.origin + fyn);
				await expect(page.locator('h1')).toContainText('Fyn');
				await expect(filters.getByRole('link', { name: 'Fyn', exact: true })).toHaveAttribute(
					'aria-current',
					'page',
				);
				await expect(await cards(page)).toHaveCount(pageSize);
				for (const card of await (await cards(page)).all()) await expect(card).toContainText('Fyn');
				// The filter pages too: its second page keeps the filter.
				await page.getByRole('link', { name: t(locale, 'listing.next') }).click();
				await expect(page).toHaveURL(
					served.origin +
						routePath({
							locale,
							page: 'stories',
							filter: { facet: 'office', value: 'fyn' },
							pageNumber: 2,
						}),
				);
				for (const card of await (await cards(page)).all()) await expect(card).toContainText('Fyn');

				await filters.getByRole('link', { name: 'Test', exact: true }).click();
				await expect(page).toHaveURL(
					served.origin +
						routePath({ locale, page: 'stories', filter: { facet: 'profession', value: 'test' } }),
				);
				await expect(page.locator('h1')).toContainText('Test');

				// A background only real stories give: the filter page lists those stories and no generated one.
				const background = filters
					.locator('h3', { hasText: t(locale, 'stories.country') })
					.locator('+ ul a')
					.first();
				const country = (await background.textContent())!.trim();
				await background.click();
				await expect(page.locator('h1')).toContainText(country);
				const shown = await cards(page);
				await expect(shown.first()).toBeVisible();
				await expect(shown.filter({ hasText: 'Growth test' })).toHaveCount(0);
				await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
				// The filter and paging links meet WCAG 2.2 AA like every page in the sitemap (axe runs
				// in the page, so only with JavaScript on).
				if (javaScriptEnabled) {
					expect(await wcagViolations(page)).toEqual([]);
				}
			});
		}
	});
}
