import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { dir, isPartial, locales, t, type Locale } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { fieldsFor, type Role } from '../../src/forms/formFields.ts';
import {
	formPort,
	servePublicSiteInEachTest,
	siteOrigin,
	submissionsFrom,
} from '../helpers/form.ts';
import {
	arrived,
	fillIn,
	formField,
	formRegion,
	submit,
	valuesIn,
	type Answers,
} from '../helpers/formPage.ts';
import { wcagViolations } from '../helpers/axe.ts';

/** The address the built form posts to. */
const action = `http://127.0.0.1:${formPort}/`;

/** A complete set of answers for `role`, with an email address no other test uses. */
function answers(role: Role): Answers {
	const email = `${role}-${crypto.randomUUID()}@example.com`;
	const common = {
		name: 'Amal Hassan',
		email,
		phone: '+45 12 34 56 78',
		office: 'koebenhavn',
		postcode: '2200',
	};
	return role === 'mentee'
		? {
				...common,
				education: 'Civilingeniør fra Bagdad',
				profession: 'Bygningsingeniør',
				goals:
					'Jeg vil gerne have mit første job i Danmark – og forstå kulturen på en arbejdsplads.',
				danishLevel: 'everyday',
				country: 'Irak',
				countryConsent: 'yes',
				contactLanguage: 'en',
				consent: 'yes',
			}
		: {
				...common,
				profession: 'Projektleder',
				sector: 'Byggeri',
				motivation: 'Jeg vil gerne åbne mit netværk for en anden kvinde.',
				availability: 'To timer om måneden, helst om eftermiddagen.',
				consent: 'yes',
			};
}

/**
 * Signs up in Arabic and in Persian with the postcode and phone in her keyboard's digits, and checks they
 * arrive as ASCII digits. `origin` is where the confirmation page is expected (the public address when
 * the handler redirects a plain POST).
 */
async function signUpInNativeDigits(page: Page, origin: string) {
	for (const [locale, postcode, phone] of [
		['ar', '٥٠٠٠', '+٤٥ ١٢ ٣٤ ٥٦ ٧٨'],
		['fa', '۵۰۰۰', '+۴۵ ۱۲ ۳۴ ۵۶ ۷۸'],
	] as const) {
		await page.goto(`${routePath({ locale, page: 'signup' })}#mentee`);
		const form = formRegion(page, locale, 'mentee');
		const values: Answers = { ...answers('mentee'), postcode, phone };
		await fillIn(form, locale, 'mentee', values);
		await submit(form, locale, 'mentee');
		await expect(page).toHaveURL(`${origin}${routePath({ locale, page: 'thanks' })}`);
		expect(await arrived(values.email!)).toEqual({
			role: 'mentee',
			language: locale,
			...values,
			postcode: '5000',
			phone: '+45 12 34 56 78',
		});
	}
}

/** The partial languages (the mentee's path): each has her form, with the same tests as Danish. */
const partialLocales = locales.filter(isPartial);

const journeys: { role: Role; locale: Locale }[] = [
	{ role: 'mentee', locale: 'da' },
	{ role: 'mentor', locale: 'en' },
	...partialLocales.map((locale) => ({ role: 'mentee' as const, locale })),
];

test.describe('with JavaScript on', () => {
	for (const { role, locale } of journeys) {
		test(`a ${role} signs up (${locale}): every field arrives, the confirmation is in ${locale}`, async ({
			page,
		}) => {
			const values = answers(role);
			await page.goto(`${routePath({ locale, page: 'signup' })}#${role}`);
			const form = formRegion(page, locale, role);
			await fillIn(form, locale, role, values);
			await submit(form, locale, role);
			await expect(page).toHaveURL(routePath({ locale, page: 'thanks' }));
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			expect(await arrived(values.email!)).toEqual({ role, language: locale, ...values });
		});
	}

	test('sent at once, a sign-up waits out the minimum fill time and still arrives', async ({
		page,
	}) => {
		const values = answers('mentee');
		await page.goto('/tilmeld/#mentee');
		const form = formRegion(page, 'da', 'mentee');
		await fillIn(form, 'da', 'mentee', values);
		await submit(form, 'da', 'mentee', { atOnce: true });
		await expect(page).toHaveURL(routePath({ locale: 'da', page: 'thanks' }));
		// The receiver stores nothing sent sooner than that after the page loaded (a bot's speed), so
		// arriving is the proof that the page waited.
		expect(await arrived(values.email!)).toEqual({ role: 'mentee', language: 'da', ...values });
	});

	test('an empty submit shows the error summary, focused, linking to each field; no axe violations', async ({
		page,
	}) => {
		await page.goto('/tilmeld/#mentee');
		const form = formRegion(page, 'da', 'mentee');
		await submit(form, 'da', 'mentee');
		const summary = form.getByRole('alert').filter({ hasText: 'Der er et problem' });
		await expect(summary).toBeVisible();
		await expect(summary.locator('..')).toBeFocused();
		await expect(page).toHaveTitle(/^Fejl: /);
		const required = fieldsFor('mentee').filter((f) => f.required);
		await expect(summary.getByRole('link')).toHaveCount(required.length);
		// Each message is beside its field too, named by the field's aria-describedby.
		await expect(formField(form, 'da', 'mentee', 'name')).toHaveAccessibleDescription(
			'Fejl: Skriv dit navn',
		);
		await expect(formField(form, 'da', 'mentee', 'name')).toHaveAttribute('aria-invalid', 'true');
		await summary.getByRole('link', { name: 'Skriv din uddannelse' }).click();
		await expect(formField(form, 'da', 'mentee', 'education')).toBeFocused();
		expect(await wcagViolations(page)).toEqual([]);
	});

	test('bad input gets a clear message at the field and in the summary; markup is kept as text', async ({
		page,
	}) => {
		await page.goto('/en/sign-up/#mentor');
		const form = formRegion(page, 'en', 'mentor');
		const values = answers('mentor');
		const markup = '<script>alert(1)</script><b>bold</b> & <img src=x onerror=alert(2)>';
		await fillIn(form, 'en', 'mentor', {
			...values,
			name: 'x'.repeat(121),
			email: 'not-an-email',
			motivation: markup,
			consent: undefined!,
		});
		await submit(form, 'en', 'mentor');
		const summary = form.getByRole('alert').filter({ hasText: 'There is a problem' });
		await expect(summary.getByRole('link')).toHaveText([
			'Write no more than 120 characters in “Name”',
			'Enter an email address in the correct format, like name@example.com',
			'Tick the box to give your consent. Without your consent we cannot accept the sign-up',
		]);
		await expect(formField(form, 'en', 'mentor', 'email')).toHaveAccessibleDescription(
			/^We only use it.*Error: Enter an email address in the correct format/,
		);
		// The overlong text is kept for her to shorten, not cut off.
		await expect(formField(form, 'en', 'mentor', 'name')).toHaveValue('x'.repeat(121));
		expect(await page.locator('b, img[src="x"]').count()).toBe(0);

		await formField(form, 'en', 'mentor', 'name').fill(values.name!);
		await formField(form, 'en', 'mentor', 'email').fill(values.email!);
		await formField(form, 'en', 'mentor', 'consent').check();
		await submit(form, 'en', 'mentor');
		await expect(page).toHaveURL('/en/sign-up/thank-you/');
		expect((await arrived(values.email!)).motivation).toBe(markup);
	});

	for (const locale of ['da', 'en', 'ar'] as Locale[]) {
		test(`a handler on another origin that only redirects to the confirmation page counts as received (${locale})`, async ({
			page,
			baseURL,
		}) => {
			// The form's handler answers every POST, JSON asked for or not, with a 303 to `_next` (as
			// services do that never answer JSON): here the real receiver is asked as a plain POST would
			// ask, and its redirect handed to the page with CORS for the site, as a service allows its site.
			await page.route(action, async (route) => {
				const headers = { ...route.request().headers(), accept: 'text/html' };
				const answer = await route.fetch({ headers, maxRedirects: 0 });
				expect(answer.status()).toBe(303);
				await route.fulfill({
					status: 303,
					headers: {
						location: answer.headers()['location']!,
						'access-control-allow-origin': new URL(baseURL!).origin,
					},
				});
			});
			await page.goto(`${routePath({ locale, page: 'signup' })}#mentee`);
			const form = formRegion(page, locale, 'mentee');
			const values = answers('mentee');
			await fillIn(form, locale, 'mentee', values);
			await submit(form, locale, 'mentee');
			await expect(page).toHaveURL(routePath({ locale, page: 'thanks' }));
			expect(await arrived(values.email!)).toEqual({ role: 'mentee', language: locale, ...values });
		});
	}

	test('a country of background without its own consent is not sent: she is asked to tick the box or empty the field', async ({
		page,
	}) => {
		const posts: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST') posts.push(request.url());
		});
		await page.goto('/en/sign-up/#mentee');
		const form = formRegion(page, 'en', 'mentee');
		const { countryConsent, ...values } = answers('mentee');
		expect(countryConsent).toBe('yes');
		await fillIn(form, 'en', 'mentee', values);
		await submit(form, 'en', 'mentee');
		const summary = form.getByRole('alert').filter({ hasText: 'There is a problem' });
		await expect(summary.getByRole('link')).toHaveText([t('en', 'signup.countryConsent.required')]);
		await formField(form, 'en', 'mentee', 'countryConsent').check();
		await submit(form, 'en', 'mentee');
		await expect(page).toHaveURL('/en/sign-up/thank-you/');
		expect((await arrived(values.email!)).country).toBe('Irak');
		// The first press sent nothing: the one request is the second's.
		expect(posts).toEqual([action]);
	});

	test('postcode and phone typed in Arabic-Indic and Persian digits arrive as ASCII digits', ({
		page,
	}) => signUpInNativeDigits(page, ''));

	// The same script in every language: one left to right, one right to left (and a partial one).
	for (const locale of ['da', 'ar'] as Locale[]) {
		test(`when the handler is unreachable, slow or failing, she is told and every answer stays (${locale})`, async ({
			page,
		}) => {
			await page.goto(`${routePath({ locale, page: 'signup' })}#mentee`);
			const form = formRegion(page, locale, 'mentee');
			const values = answers('mentee');
			await fillIn(form, locale, 'mentee', values);
			const problem = form.getByRole('alert').filter({ hasText: t(locale, 'signup.failedTitle') });

			await page.route(action, (route) => route.abort('connectionrefused'));
			await submit(form, locale, 'mentee');
			await expect(problem).toContainText(t(locale, 'signup.failed.unreachable'));
			await expect(problem.locator('..')).toBeFocused();
			// She is never left with only the button that failed: the message names the call-back request.
			const toCall = `${routePath({ locale, page: 'contact' })}#callback`;
			await expect(
				problem.getByRole('link', { name: t(locale, 'form.otherRoute.callback') }),
			).toHaveAttribute('href', toCall);
			expect(await valuesIn(form, locale, 'mentee')).toEqual(values);
			expect(await wcagViolations(page)).toEqual([]);

			await page.unroute(action);
			await page.route(action, (route) => route.fulfill({ status: 500, body: 'Server error' }));
			await submit(form, locale, 'mentee');
			await expect(problem).toContainText(t(locale, 'signup.failed.rejected'));
			expect(await valuesIn(form, locale, 'mentee')).toEqual(values);

			// A handler that takes the sign-up but whose answer never comes back: the page cannot tell
			// whether it arrived, and says so. The bound is shortened so the test need not wait 15 seconds.
			await page.unroute(action);
			await page.route(action, async (route) => {
				await route.fetch();
			});
			await form.locator('form').evaluate((element) => (element.dataset.timeoutMs = '1000'));
			await submit(form, locale, 'mentee');
			const unconfirmed = form
				.getByRole('alert')
				.filter({ hasText: t(locale, 'signup.unconfirmedTitle') });
			await expect(unconfirmed).toContainText(t(locale, 'signup.failed.timeout'));
			await expect(
				unconfirmed.getByRole('link', { name: t(locale, 'form.otherRoute.callback') }),
			).toHaveAttribute('href', toCall);
			await expect(problem).toHaveCount(0);
			expect(await valuesIn(form, locale, 'mentee')).toEqual(values);
			await expect.poll(() => submissionsFrom(values.email!).length).toBe(1);
			expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

			// When the handler answers again, sending again is safe: the same sign-up is stored once.
			await page.unrouteAll({ behavior: 'ignoreErrors' });
			await submit(form, locale, 'mentee');
			await expect(page).toHaveURL(routePath({ locale, page: 'thanks' }));
			expect(await arrived(values.email!)).toEqual({ role: 'mentee', language: locale, ...values });
		});
	}

	for (const locale of partialLocales) {
		test(`the ${locale} sign-up page has her form only, says the network works in Danish, and is right to left where ${locale} is`, async ({
			page,
		}) => {
			await page.goto(routePath({ locale, page: 'signup' }));
			await expect(page.locator('html')).toHaveAttribute('dir', dir(locale));
			await expect(formRegion(page, locale, 'mentee')).toBeVisible();
			await expect(page.locator('form[data-signup-form]')).toHaveCount(1);
			await expect(page.getByText(t(locale, 'signup.languageNote'))).toBeVisible();
			await expect(page.getByText(t(locale, 'form.anyLanguage'))).toBeVisible();
			const email = formField(formRegion(page, locale, 'mentee'), locale, 'mentee', 'email');
			await expect(email).toHaveAttribute('dir', 'ltr');
			await expect(page.locator('input[name="language"]')).toHaveValue(locale);
		});
	}

	test('a role named in the query opens its form', async ({ page }) => {
		await page.goto('/tilmeld/?rolle=mentor');
		await expect(formRegion(page, 'da', 'mentor')).toBeVisible();
		await expect(formRegion(page, 'da', 'mentee')).toBeHidden();
		await page.goto('/en/sign-up/?role=mentee');
		await expect(formRegion(page, 'en', 'mentee')).toBeVisible();
	});

	test('a form with the honeypot filled in is not sent', async ({ page }) => {
		const posts: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST') posts.push(request.url());
		});
		await page.goto('/en/sign-up/#mentee');
		const form = formRegion(page, 'en', 'mentee');
		const values = answers('mentee');
		await fillIn(form, 'en', 'mentee', values);
		// A bot fills every field it finds, including the one people never see.
		await form.locator('input[name="_gotcha"]').fill('https://spam.example');
		await submit(form, 'en', 'mentee');
		await expect(page).toHaveURL('/en/sign-up/thank-you/');
		expect(posts).toEqual([]);
		expect(submissionsFrom(values.email!)).toEqual([]);
	});
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	servePublicSiteInEachTest();

	for (const { role, locale } of [
		{ role: 'mentor' as const, locale: 'da' as Locale },
		{ role: 'mentee' as const, locale: 'en' as Locale },
		...partialLocales.map((locale) => ({ role: 'mentee' as const, locale })),
	]) {
		test(`a ${role} signs up (${locale}) by plain POST and lands on the ${locale} confirmation page`, async ({
			page,
		}) => {
			const values = answers(role);
			await page.goto(`${routePath({ locale, page: 'signup' })}#${role}`);
			const form = formRegion(page, locale, role);
			await fillIn(form, locale, role, values);
			await submit(form, locale, role);
			await expect(page).toHaveURL(`${siteOrigin}${routePath({ locale, page: 'thanks' })}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				{ da: 'Tak – vi har modtaget din tilmelding', en: /^Thank you/ }[locale as 'da'] ?? /./,
			);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('html')).toHaveAttribute('dir', dir(locale));
			expect(await arrived(values.email!)).toEqual({ role, language: locale, ...values });
		});
	}

	test('a country of background sent without its own consent is not stored; the sign-up is', async ({
		page,
	}) => {
		await page.goto('/tilmeld/#mentee');
		const form = formRegion(page, 'da', 'mentee');
		const { countryConsent, ...values } = answers('mentee');
		expect(countryConsent).toBe('yes');
		await fillIn(form, 'da', 'mentee', values);
		await submit(form, 'da', 'mentee');
		await expect(page).toHaveURL(`${siteOrigin}${routePath({ locale: 'da', page: 'thanks' })}`);
		const { country, ...rest } = values;
		expect(country).toBe('Irak');
		expect(await arrived(values.email!)).toEqual({ role: 'mentee', language: 'da', ...rest });
	});

	test('postcode and phone typed in Arabic-Indic and Persian digits pass the browser and arrive as ASCII', ({
		page,
	}) => signUpInNativeDigits(page, siteOrigin));

	test('the for-mentees and for-mentors pages open the form for their role', async ({ page }) => {
		await page.goto('/for-mentees/');
		await page.getByRole('link', { name: 'Tilmeld dig som mentee' }).last().click();
		await expect(formRegion(page, 'da', 'mentee')).toBeVisible();
		await expect(formRegion(page, 'da', 'mentor')).toBeHidden();
		await page.goto('/en/for-mentors/');
		await page.getByRole('link', { name: 'Sign up as a mentor' }).first().click();
		await expect(formRegion(page, 'en', 'mentor')).toBeVisible();
		await expect(formRegion(page, 'en', 'mentee')).toBeHidden();
	});

	test('the browser checks required fields before anything is sent', async ({ page }) => {
		await page.goto('/tilmeld/#mentee');
		const form = formRegion(page, 'da', 'mentee');
		await submit(form, 'da', 'mentee');
		await expect(page).toHaveURL(/\/tilmeld\/#mentee$/);
		expect(
			await formField(form, 'da', 'mentee', 'name').evaluate(
				(input: HTMLInputElement) => input.validity.valueMissing,
			),
		).toBe(true);
	});
});
