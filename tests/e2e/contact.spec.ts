import { type Locator, type Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { t, type Locale } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { elsewhereOffice } from '../../src/forms/formFields.ts';
import {
	formPort,
	servePublicSiteInEachTest,
	siteOrigin,
	submissionsFrom,
} from '../helpers/form.ts';
import {
	arrived,
	arrivedWith,
	fillIn,
	formField,
	formRegion,
	submit,
	valuesIn,
} from '../helpers/formPage.ts';
import { wcagViolations } from '../helpers/axe.ts';

/**
 * The contact page's question form: the same contract and the same behaviour as the sign-up forms
 * (tests/e2e/signup-form.spec.ts), against the real receiver; and the contact details, which are
 * editor-owned settings not yet entered, so every page that would show them says to use the form.
 */

const action = `http://127.0.0.1:${formPort}/`;

function question(locale: Locale) {
	return {
		name: 'Fadumo Ali',
		email: `question-${crypto.randomUUID()}@example.com`,
		question:
			locale === 'da'
				? 'Jeg bor i Aalborg. Kan jeg få en mentor? Svar gerne på »dansk«.'
				: 'I live in Aalborg. Can I get a mentor? <b>Thank you</b>',
		consent: 'yes',
	};
}

function formOn(page: Page, locale: Locale): Locator {
	return formRegion(page, locale, 'question');
}

/** Opens the contact page in `locale`, fills in `values` and sends the question. */
async function askQuestion(page: Page, locale: Locale, values: ReturnType<typeof question>) {
	await page.goto(routePath({ locale, page: 'contact' }));
	const form = formOn(page, locale);
	await fillIn(form, locale, 'question', values);
	await submit(form, locale, 'question');
}

/** The receiver got exactly what was typed, as a question in `locale`. */
async function expectArrivedAsAsked(locale: Locale, values: ReturnType<typeof question>) {
	expect(await arrived(values.email)).toEqual({ role: 'question', language: locale, ...values });
}

test.describe('with JavaScript on', () => {
	for (const locale of ['da', 'en'] as const) {
		test(`a question is sent (${locale}): every field arrives, the confirmation is in ${locale}`, async ({
			page,
		}) => {
			const values = question(locale);
			await askQuestion(page, locale, values);
			await expect(page).toHaveURL(routePath({ locale, page: 'asked' }));
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expectArrivedAsAsked(locale, values);
		});
	}

	test('an empty submit shows the error summary, focused, linking to each field; no axe violations', async ({
		page,
	}) => {
		await page.goto('/kontakt/');
		const form = formOn(page, 'da');
		await submit(form, 'da', 'question');
		const summary = form.getByRole('alert').filter({ hasText: 'Der er et problem' });
		await expect(summary.locator('..')).toBeFocused();
		await expect(page).toHaveTitle(/^Fejl: /);
		await expect(summary.getByRole('link')).toHaveText([
			'Skriv dit navn',
			'Skriv din e-mail',
			'Skriv dit spørgsmål',
			t('da', 'contact.consent.required'),
		]);
		await summary.getByRole('link', { name: 'Skriv dit spørgsmål' }).click();
		await expect(formField(form, 'da', 'question', 'question')).toBeFocused();
		await expect(formField(form, 'da', 'question', 'question')).toHaveAccessibleDescription(
			/Fejl: Skriv dit spørgsmål/,
		);
		expect(await wcagViolations(page)).toEqual([]);
	});

	test('when the handler is unreachable, failing or slow, she is told and nothing she wrote is lost', async ({
		page,
	}) => {
		await page.goto('/en/contact/');
		const form = formOn(page, 'en');
		const values = question('en');
		await fillIn(form, 'en', 'question', values);
		const problem = form.getByRole('alert').filter({ hasText: 'Your question has not been sent' });

		await page.route(action, (route) => route.abort('connectionrefused'));
		await submit(form, 'en', 'question');
		await expect(problem).toContainText('We could not connect');
		await expect(problem.locator('..')).toBeFocused();
		expect(await valuesIn(form, 'en', 'question')).toEqual(values);

		await page.unroute(action);
		await page.route(action, (route) => route.fulfill({ status: 500, body: 'Server error' }));
		await submit(form, 'en', 'question');
		await expect(problem).toContainText('We could not accept your question just now');
		expect(await valuesIn(form, 'en', 'question')).toEqual(values);

		await page.unroute(action);
		await page.route(action, () => {});
		await form.locator('form').evaluate((element) => (element.dataset.timeoutMs = '1000'));
		await submit(form, 'en', 'question');
		await expect(
			form
				.getByRole('alert')
				.filter({ hasText: 'We could not confirm that your question arrived' }),
		).toContainText('we do not know whether your question arrived');
		expect(await valuesIn(form, 'en', 'question')).toEqual(values);
		expect(submissionsFrom(values.email)).toEqual([]);
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

		await page.unroute(action);
		await submit(form, 'en', 'question');
		await expect(page).toHaveURL('/en/contact/thank-you/');
		await arrived(values.email);
	});

	test('a question with the honeypot filled in is not sent', async ({ page }) => {
		const posts: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST') posts.push(request.url());
		});
		await page.goto('/kontakt/');
		const form = formOn(page, 'da');
		const values = question('da');
		await fillIn(form, 'da', 'question', values);
		await form.locator('input[name="_gotcha"]').fill('https://spam.example');
		await submit(form, 'da', 'question');
		await expect(page).toHaveURL('/kontakt/tak/');
		expect(posts).toEqual([]);
		expect(submissionsFrom(values.email)).toEqual([]);
	});

	test('a mentee who lives elsewhere in Denmark signs up with her postcode; a bad postcode is named', async ({
		page,
	}) => {
		await page.goto('/en/sign-up/#mentee');
		const form = page.getByRole('region', { name: t('en', 'cta.signupMentee') });
		const email = `elsewhere-${crypto.randomUUID()}@example.com`;
		await form.getByLabel(/^Name/).fill('Shirin');
		await form.getByLabel(/^Email address/).fill(email);
		await form
			.getByRole('group', { name: t('en', 'signup.office.label') })
			.getByLabel('I live elsewhere in Denmark')
			.check();
		const postcode = form.getByLabel(/^Your postcode/);
		await expect(postcode).toHaveAccessibleDescription(/we can see where you live/);
		await postcode.fill('DK-9000');
		await form.getByLabel(/^Your education/).fill('Teacher');
		await form.getByLabel(/^Your profession or field/).fill('Teaching');
		await form.getByLabel(/^Your wishes and goals/).fill('A job in a school.');
		await form
			.getByRole('group', { name: t('en', 'signup.contactLanguage.label') })
			.getByLabel('English')
			.check();
		await form.getByLabel(new RegExp(`^${t('en', 'signup.consent.label')}`)).check();
		await submit(form, 'en', 'mentee');
		await expect(form.getByRole('alert').getByRole('link')).toHaveText([
			t('en', 'signup.postcode.invalid'),
		]);
		await postcode.fill('9000');
		await submit(form, 'en', 'mentee');
		await expect(page).toHaveURL('/en/sign-up/thank-you/');
		const record = await arrived(email);
		expect([record.office, record.postcode]).toEqual([elsewhereOffice, '9000']);
	});
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	servePublicSiteInEachTest();

	for (const locale of ['da', 'en'] as const) {
		test(`a question is sent (${locale}) by plain POST and lands on the ${locale} confirmation`, async ({
			page,
		}) => {
			const values = question(locale);
			await askQuestion(page, locale, values);
			await expect(page).toHaveURL(`${siteOrigin}${routePath({ locale, page: 'asked' })}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				locale === 'da'
					? 'Tak – vi har modtaget din besked'
					: /^Thank you – we have received your message/,
			);
			await expectArrivedAsAsked(locale, values);
		});
	}

	test('the browser checks the question and the postcode before anything is sent', async ({
		page,
	}) => {
		await page.goto('/kontakt/');
		const form = formOn(page, 'da');
		await submit(form, 'da', 'question');
		await expect(page).toHaveURL(/\/kontakt\/$/);
		expect(
			await formField(form, 'da', 'question', 'question').evaluate(
				(input: HTMLTextAreaElement) => input.validity.valueMissing,
			),
		).toBe(true);
		await page.goto('/tilmeld/#mentor');
		const postcode = page.locator('#mentor-postcode');
		await postcode.fill('abcd');
		expect(
			await postcode.evaluate((input: HTMLInputElement) => input.validity.patternMismatch),
		).toBe(true);
	});
});

test.describe('contact details while editors have entered none', () => {
	const pagesThatShowThem = ['contact', 'privacy', 'accessibility', 'model'] as const;

	for (const locale of ['da', 'en'] as const) {
		test(`every page that would show them says to use the contact form, and links to it (${locale})`, async ({
			page,
		}) => {
			const contactPath = routePath({ locale, page: 'contact' });
			for (const key of pagesThatShowThem) {
				await page.goto(routePath({ locale, page: key }));
				const main = page.getByRole('main');
				await expect(main.getByText(t(locale, 'contact.unset')), key).toBeVisible();
				await expect(
					main.getByRole('link', { name: t(locale, 'contact.useForm') }),
					key,
				).toBeVisible();
			}
			// The footer of every page: the same plain sentence and a link to the contact page.
			await page.goto(routePath({ locale, page: 'home' }));
			const footer = page.getByRole('contentinfo');
			await expect(footer.getByText(t(locale, 'contact.unset'))).toBeVisible();
			await footer.getByRole('link', { name: t(locale, 'contact.useForm') }).click();
			await expect(page).toHaveURL(contactPath);
			// An office page without a phone or e-mail says so and sends her to the form.
			await page.goto(routePath({ locale, page: 'offices', entry: 'fyn' }));
			await expect(page.getByText(t(locale, 'contact.officeUnset'))).toBeVisible();
			await page
				.getByRole('main')
				.getByRole('link', { name: t(locale, 'contact.useForm') })
				.click();
			await expect(page).toHaveURL(contactPath);
			// No page promises what it does not show.
			for (const key of ['offices', 'privacy', 'accessibility'] as const) {
				await page.goto(routePath({ locale, page: key }));
				await expect(page.getByRole('main')).not.toContainText(
					locale === 'da' ? /adresse, kontakt og vej|på KVINFOs hjemmeside/ : /on KVINFO's website/,
				);
			}
		});
	}
});

/**
 * The call-back request (issue 22): a woman without e-mail gives her phone number instead, with and
 * without JavaScript, on a phone, in every language of the contact page, received by the real receiver.
 */
test.describe('the call-back request', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	/** A request with a phone number no other test uses, in her keyboard's digits for Arabic and Persian. */
	function callback(locale: Locale) {
		const digits = String(Math.floor(10_000_000 + Math.random() * 89_999_999));
		const zero = { ar: 0x0660, fa: 0x06f0 }[locale as string];
		const typed = zero
			? digits.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)))
			: digits;
		return {
			typed: { name: 'Hodan', phone: `+45 ${typed}`, callLanguage: locale, callTime: 'afternoon' },
			phone: `+45 ${digits}`,
		};
	}

	function callbackForm(page: Page, locale: Locale): Locator {
		return formRegion(page, locale, 'callback');
	}

	async function requestCall(page: Page, locale: Locale, typed: Record<string, string>) {
		await page.goto(routePath({ locale, page: 'contact' }));
		await fillInCall(callbackForm(page, locale), locale, typed);
	}

	/** Fills in the call-back request as she would (typing, tapping) and sends it. */
	async function fillInCall(form: Locator, locale: Locale, typed: Record<string, string>) {
		await formField(form, locale, 'callback', 'name').fill(typed.name!);
		await formField(form, locale, 'callback', 'phone').fill(typed.phone!);
		// Each language in its own name: she finds hers whatever language the page is in.
		await form
			.getByRole('group', { name: t(locale, 'callback.callLanguage.label') })
			.getByLabel(t(typed.callLanguage as Locale, 'locale.name'), { exact: true })
			.check();
		await form
			.getByRole('group', { name: t(locale, 'callback.callTime.label') })
			.getByLabel(t(locale, 'callback.callTime.afternoon'))
			.check();
		await formField(form, locale, 'callback', 'consent').check();
		await submit(form, locale, 'callback');
	}

	for (const javaScript of [true, false]) {
		test.describe(javaScript ? 'with JavaScript on' : 'with JavaScript off', () => {
			test.use({ javaScriptEnabled: javaScript });
			if (!javaScript) servePublicSiteInEachTest();

			// One language a script of digits: Latin (da, left to right), Arabic-Indic (ar, right to
			// left), Persian (fa). The other languages' forms differ from these only in their strings.
			for (const locale of ['da', 'ar', 'fa'] as const) {
				test(`a call-back request with a phone number and no e-mail is received (${locale})`, async ({
					page,
				}) => {
					const { typed, phone } = callback(locale);
					await requestCall(page, locale, typed);
					const asked = routePath({ locale, page: 'asked' });
					await expect(page).toHaveURL(javaScript ? asked : `${siteOrigin}${asked}`);
					await expect(page.locator('html')).toHaveAttribute('lang', locale);
					expect(await arrivedWith('phone', phone)).toEqual({
						role: 'callback',
						language: locale,
						...typed,
						phone,
						consent: 'yes',
					});
				});
			}
		});
	}

	test('e-mail stays required for a question; a call-back request asks for the phone instead', async ({
		page,
	}) => {
		await page.goto('/kontakt/');
		const question = formOn(page, 'da');
		await submit(question, 'da', 'question');
		await expect(question.getByRole('alert').getByRole('link')).toContainText([
			t('da', 'signup.email.required'),
		]);
		const form = callbackForm(page, 'da');
		await form.getByRole('button', { name: t('da', 'callback.submit') }).click();
		const summary = form.getByRole('alert').filter({ hasText: t('da', 'signup.summaryTitle') });
		await expect(summary.locator('..')).toBeFocused();
		await expect(summary.getByRole('link')).toHaveText([
			t('da', 'signup.name.required'),
			t('da', 'callback.phone.required'),
			t('da', 'callback.callLanguage.required'),
			t('da', 'callback.callTime.required'),
			t('da', 'callback.consent.required'),
		]);
		await expect(formField(form, 'da', 'callback', 'email')).toHaveAccessibleName(/\(valgfrit\)/);
		// A number too short to call is named, not sent.
		await formField(form, 'da', 'callback', 'phone').fill('12 34');
		await form.getByRole('button', { name: t('da', 'callback.submit') }).click();
		await expect(summary.getByRole('link')).toContainText([t('da', 'callback.phone.invalid')]);
		expect(await wcagViolations(page)).toEqual([]);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('the browser requires the phone number, not the e-mail, before anything is sent', async ({
			page,
		}) => {
			await page.goto('/en/contact/');
			const form = callbackForm(page, 'en');
			const phone = formField(form, 'en', 'callback', 'phone');
			const email = formField(form, 'en', 'callback', 'email');
			await form.getByRole('button', { name: t('en', 'callback.submit') }).click();
			await expect(page).toHaveURL(/\/en\/contact\/$/);
			expect(await phone.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(
				true,
			);
			expect(await email.evaluate((input: HTMLInputElement) => input.required)).toBe(false);
			await phone.fill('call me');
			expect(
				await phone.evaluate((input: HTMLInputElement) => input.validity.patternMismatch),
			).toBe(true);
			await phone.fill('+٤٥ ١٢ ٣٤ ٥٦ ٧٨');
			expect(await phone.evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(true);
		});
	});

	// The failure and its other route are the same script in every language: one left to right, one
	// right to left. That every language's forms say she may write in any language is read from the
	// built pages (tests/built/contact.test.ts).
	for (const locale of ['da', 'ar'] as const) {
		test(`the contact forms in ${locale} say she may write in any language, and a failure names the other route`, async ({
			page,
		}) => {
			await page.goto(routePath({ locale, page: 'contact' }));
			const contact = routePath({ locale, page: 'contact' });
			const writing = formOn(page, locale);
			const form = callbackForm(page, locale);
			for (const each of [writing, form]) {
				await expect(each.getByText(t(locale, 'form.anyLanguage'))).toBeVisible();
			}
			await expect(page.getByRole('main')).not.toContainText(
				/Danish or English|dansk eller engelsk/,
			);
			await page.route(action, (route) => route.abort('connectionrefused'));
			await fillIn(writing, locale, 'question', question(locale));
			await submit(writing, locale, 'question');
			const failed = writing
				.getByRole('alert')
				.filter({ hasText: t(locale, 'contact.failedTitle') });
			await expect(failed).toContainText(t(locale, 'form.otherRoute'));
			const toCall = failed.getByRole('link', { name: t(locale, 'form.otherRoute.callback') });
			await expect(toCall).toHaveAttribute('href', `${contact}#callback`);
			// The call-back request's own failure points back to writing.
			const { typed } = callback(locale);
			await fillInCall(form, locale, { ...typed, callLanguage: 'da' });
			const callFailed = form
				.getByRole('alert')
				.filter({ hasText: t(locale, 'callback.failedTitle') });
			await expect(
				callFailed.getByRole('link', { name: t(locale, 'contact.useForm') }),
			).toHaveAttribute('href', `${contact}#question`);
			await toCall.click();
			await expect(form.getByRole('heading', { level: 2 })).toBeInViewport();
		});
	}
});
