import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { wcagViolations } from '../helpers/axe.ts';
import { t } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { resultsPerPage } from '../../src/search/resultsPerPage.ts';

const results = (page: Page) =>
	page.getByRole('list', { name: /^(Søgeresultater|Search results)$/ });
const resultTitles = (page: Page) => results(page).getByRole('heading', { level: 2 });
const status = (page: Page) => page.getByRole('status');

/** Fails the test on any uncaught error or alert the page raises while it runs. */
function watchForTrouble(page: Page): string[] {
	const trouble: string[] = [];
	page.on('pageerror', (error) => trouble.push(`error: ${error.message}`));
	page.on('dialog', (dialog) => {
		trouble.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return trouble;
}

test.describe('finds the right page first or near the top', () => {
	test('Danish: "Fyn" finds the Fyn office first', async ({ page }) => {
		await page.goto('/soeg/?q=Fyn');
		await expect(status(page)).toHaveText(/^\d+ resultater? for »Fyn«$/);
		await expect(resultTitles(page).first()).toHaveText('Fyn');
	});

	test('English: "OECD" finds the question on evaluation among the first three', async ({
		page,
	}) => {
		await page.goto('/en/search/?q=OECD');
		await expect(status(page)).toHaveText(/results? for “OECD”$/);
		const faq = results(page)
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: 'Questions and answers', exact: true }) });
		await expect(
			faq.getByRole('link', { name: 'Has the Mentor Network been evaluated and recognised?' }),
		).toBeVisible();
		const titles = await resultTitles(page).allInnerTexts();
		expect(titles.slice(0, 3)).toContain('Questions and answers');
		// Pagefind's highlight takes in the punctuation after the word (»OECD,«).
		await expect(results(page).locator('mark').first()).toHaveText(/^OECD[,.]?$/);
	});

	test('Danish: a profession finds its story first, with office and profession shown', async ({
		page,
	}) => {
		await page.goto('/soeg/?q=civilingeni%C3%B8r');
		await expect(resultTitles(page).first()).toHaveText(
			'Amal fik sin første jobsamtale som ingeniør',
		);
		await expect(results(page).getByRole('listitem').first()).toContainText(
			'Fag: Civilingeniør · Kontor: København',
		);
	});

	test('English: a profession finds its story first', async ({ page }) => {
		await page.goto('/en/search/?q=pharmacist');
		await expect(resultTitles(page).first()).toContainText('Shirin');
		await expect(results(page).getByRole('listitem').first()).toContainText('Field: Pharmacist');
	});

	test('a word found only in one FAQ answer leads to that question', async ({ page }) => {
		await page.goto('/soeg/?q=uventet');
		const question = results(page).getByRole('link', {
			name: 'Hvad gør vi, hvis der opstår problemer?',
		});
		await expect(question).toHaveAttribute('href', '/spoergsmaal-og-svar/#what-if-problems-arise');
		await page.goto('/en/search/?q=alone');
		await expect(
			results(page).getByRole('link', { name: 'What do we do if problems arise?' }),
		).toBeVisible();
	});
});

test('typing searches once she pauses, and the count is announced', async ({ page }) => {
	const pagefindRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
	});
	await page.goto('/en/search/');
	expect(pagefindRequests).toEqual([]);
	const field = page.getByRole('searchbox', { name: 'Search for' });
	await field.pressSequentially('Fyn', { delay: 50 });
	await expect(status(page)).toHaveText(/^\d+ results? for “Fyn”$/);
	await expect(page).toHaveURL(/\?q=Fyn$/);
	// Three keys, one pause: the index was searched for "Fyn" only, not for "F" and "Fy" first.
	expect(pagefindRequests.filter((url) => url.includes('/index/')).length).toBeLessThanOrEqual(1);
});

test('the search form works from the keyboard alone', async ({ page }) => {
	await page.goto('/soeg/');
	await page.getByRole('searchbox', { name: 'Søg efter' }).focus();
	await page.keyboard.type('mentor');
	await page.keyboard.press('Enter');
	await expect(status(page)).toHaveText(/resultater for »mentor«/);
	const everywhere = await status(page).innerText();
	await page.keyboard.press('Tab'); // the search button
	await page.keyboard.press('Tab'); // the kind filter, one stop for the group
	await expect(page.getByRole('radio', { name: 'Hele sitet' })).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Historier' })).toBeChecked();
	await expect(page).toHaveURL(/kind=story/);
	await expect(status(page)).not.toHaveText(everywhere); // only stories now
	await page.keyboard.press('Tab');
	await expect(results(page).getByRole('link').first()).toBeFocused();
});

test('a kind filter narrows the results, and the audience narrows questions further', async ({
	page,
}) => {
	await page.goto('/soeg/?q=mentor');
	await expect(status(page)).toHaveText(/resultater for »mentor«/);
	const all = await resultTitles(page).count();
	await page.getByRole('radio', { name: 'Spørgsmål og svar' }).check();
	await expect(status(page)).toHaveText('1 resultat for »mentor«');
	expect(all).toBeGreaterThan(1);
	await expect(resultTitles(page)).toHaveText(['Spørgsmål og svar']);
	await expect(page).toHaveURL(/kind=faq/);

	await page.goto('/en/search/?q=OECD&kind=faq');
	const audience = page.getByRole('group', { name: 'Questions for' });
	await audience.getByRole('radio', { name: 'For partner organisations' }).check();
	await expect(
		results(page).getByRole('link', {
			name: 'Has the Mentor Network been evaluated and recognised?',
		}),
	).toBeVisible();
	await audience.getByRole('radio', { name: 'For mentees' }).check();
	await expect(status(page)).toHaveText(/^No results for “OECD”/);
});

test('a query with no match says so and points to the site index', async ({ page }) => {
	await page.goto('/en/search/?q=zxqvbnm');
	await expect(status(page)).toHaveText(
		"No results for “zxqvbnm”. Try another or a shorter word, search the whole site, or use the list of the site's pages below.",
	);
	await expect(results(page)).toBeHidden();
	await expect(
		page.getByRole('main').getByRole('navigation', { name: 'Main sections of this site' }),
	).toBeVisible();
});

test('when the index cannot be loaded, the page says so and points to the site index', async ({
	page,
}) => {
	const trouble = watchForTrouble(page);
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto('/en/search/?q=Fyn');
	await expect(status(page)).toHaveText(/^Search could not be loaded just now/);
	await expect(results(page)).toBeHidden();
	expect(trouble).toEqual([]);
});

test('more results are shown on request, and focus moves to the first new one', async ({
	page,
}) => {
	await page.goto('/soeg/?q=mentor');
	await expect(resultTitles(page)).toHaveCount(resultsPerPage);
	await page.getByRole('button', { name: 'Vis flere resultater' }).click();
	await expect(resultTitles(page)).toHaveCount(resultsPerPage * 2);
	await expect(resultTitles(page).nth(resultsPerPage).getByRole('link')).toBeFocused();
});

test.describe('the header search field', () => {
	test('leads to the search page with the query filled in and searched', async ({ page }) => {
		await page.goto('/en/about/');
		const header = page.getByRole('banner');
		await header.getByRole('searchbox', { name: 'Search the site' }).fill('Fyn');
		await header.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL('/en/search/?q=Fyn');
		await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('Fyn');
		await expect(resultTitles(page).first()).toHaveText('Fyn');
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('lands on the search page, which says search needs JavaScript and lists the site', async ({
			page,
		}) => {
			await page.goto('/om-netvaerket/');
			const header = page.getByRole('banner');
			await header.getByRole('searchbox', { name: 'Søg på sitet' }).fill('Fyn');
			await header.getByRole('searchbox', { name: 'Søg på sitet' }).press('Enter');
			await expect(page).toHaveURL('/soeg/?q=Fyn');
			await expect(page.getByText('Søgningen kræver JavaScript')).toBeVisible();
			await expect(page.getByRole('searchbox', { name: 'Søg efter' })).toBeHidden();
			const index = page.getByRole('main').getByRole('navigation', { name: 'Sitets hovedafsnit' });
			await expect(index.getByRole('link', { name: 'Spørgsmål og svar' })).toBeVisible();
		});
	});

	test('the search page before its script has run has no WCAG 2.2 AA violations', async ({
		page,
	}) => {
		// axe needs JavaScript to run, so here only the site's own scripts are blocked. Which of the
		// notice and the form shows is decided by the `scripting` media feature, not by the script (so
		// nothing shifts when it runs): with scripting on, the form is there from the first paint. The
		// notice with JavaScript off is checked above.
		await page.route('**/_astro/*.js', (route) => route.abort());
		await page.goto('/soeg/?q=Fyn');
		await expect(page.getByRole('searchbox', { name: 'Søg efter' })).toBeVisible();
		await expect(page.getByText('Søgningen kræver JavaScript')).toBeHidden();
		expect(await wcagViolations(page)).toEqual([]);
	});
});

test.describe('bad input returns calmly', () => {
	test('an empty query asks for words', async ({ page }) => {
		const trouble = watchForTrouble(page);
		await page.goto('/soeg/?q=');
		await expect(status(page)).toHaveText(/^Skriv et eller flere ord for at søge/);
		await expect(results(page)).toBeHidden();
		await page.getByRole('button', { name: 'Søg', exact: true }).last().click();
		await expect(status(page)).toHaveText(/^Skriv et eller flere ord for at søge/);
		expect(trouble).toEqual([]);
	});

	test('a 1,000-character query', async ({ page }) => {
		const trouble = watchForTrouble(page);
		await page.goto(`/en/search/?q=${'mentor '.repeat(143).slice(0, 1000)}`);
		await expect(status(page)).toHaveText(/results? for “mentor/);
		expect(trouble).toEqual([]);
	});

	test('punctuation only asks for words', async ({ page }) => {
		const trouble = watchForTrouble(page);
		await page.goto(`/en/search/?q=${encodeURIComponent('?!.,;:-()"\'')}`);
		await expect(status(page)).toHaveText(/^Type one or more words to search/);
		expect(trouble).toEqual([]);
	});

	test('HTML is shown as text, never run or inserted', async ({ page }) => {
		const trouble = watchForTrouble(page);
		const query = '<script>alert(1)</script><img src=x onerror=alert(2)>';
		await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
		await expect(status(page)).toContainText(`“${query}”`);
		await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(query);
		await expect(page.locator('main img, main script:not([src])')).toHaveCount(0);
		expect(trouble).toEqual([]);
	});
});

test('has no WCAG 2.2 AA violations with results and filters shown', async ({ page }) => {
	for (const path of ['/soeg/?q=mentor&kind=faq', '/en/search/?q=Fyn']) {
		await page.goto(path);
		await expect(results(page)).toBeVisible();
		expect(await wcagViolations(page)).toEqual([]);
	}
});

test.describe('each partial language searches its own pages', () => {
	for (const { locale, word } of [
		{ locale: 'ar', word: 'مقهى' },
		{ locale: 'fa', word: 'کافه' },
		{ locale: 'uk', word: 'бібліотека' },
		{ locale: 'so', word: 'maktabad' },
	] as const) {
		test(`${locale}: "${word}" finds the question on the first meeting, in ${locale} only`, async ({
			page,
		}) => {
			await page.goto(`${routePath({ locale, page: 'search' })}?q=${encodeURIComponent(word)}`);
			const list = page.getByRole('list', { name: t(locale, 'search.results') });
			const links = list.getByRole('heading', { level: 2 }).getByRole('link');
			await expect(links.first()).toBeVisible();
			await expect(
				list.locator(
					`a[href="${routePath({ locale, page: 'faq' })}#where-do-we-meet-the-first-time"]`,
				),
			).toBeVisible();
			for (const href of await list
				.getByRole('link')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
				expect(href).toMatch(new RegExp(`^/${locale}/`));
			}
		});
	}
});
