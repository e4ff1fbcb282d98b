import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dictionaries, locales, t, type Locale, type StringKey } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { elsewhereOffice, fieldsFor } from '../../src/forms/formFields.ts';
import {
	formPort,
	servePublicSiteInEachTest,
	siteOrigin,
	submissionsFrom,
	submissionsWith,
} from '../helpers/form.ts';
import { wcagTags } from '../helpers/site.ts';

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
	return page.getByRole('region', { name: t(locale, 'contact.formTitle') });
}

/** A field by its label: the question form's own wording where it has one. */
function field(form: Locator, locale: Locale, name: string): Locator {
	const own = `contact.${name}.label`;
	const key = (own in dictionaries[locale] ? own : `signup.${name}.label`) as StringKey;
	const label = t(locale, key);
	return form.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

async function fillIn(form: Locator, locale: Locale, values: Record<string, string | undefined>) {
	for (const { name, kind } of fieldsFor('question')) {
		const value = values[name];
		if (value === undefined) continue;
		if (kind === 'checkbox') await field(form, locale, name).check();
		else await field(form, locale, name).fill(value);
	}
}

async function valuesIn(form: Locator, locale: Locale) {
	const values: Record<string, string> = {};
	for (const { name, kind } of fieldsFor('question')) {
		values[name] =
			kind === 'checkbox'
				? (await field(form, locale, name).isChecked())
					? 'yes'
					: ''
				: await field(form, locale, name).inputValue();
	}
	return values;
}

async function arrived(email: string) {
	await expect.poll(() => submissionsFrom(email).length, { timeout: 10_000 }).toBe(1);
	const { receivedAt, submission, ...record } = submissionsFrom(email)[0]!;
	expect(Date.parse(receivedAt!)).not.toBeNaN();
	// With JavaScript the page gives each submission an id of its own; without, there is none.
	if (submission !== undefined) expect(submission).toMatch(/^[0-9a-f]{32}$/);
	return record;
}

function submit(form: Locator, locale: Locale) {
	return form.getByRole('button', { name: t(locale, 'contact.submit') }).click();
}

/** Opens the contact page in `locale`, fills in `values` and sends the question. */
async function askQuestion(page: Page, locale: Locale, values: ReturnType<typeof question>) {
	await page.goto(routePath({ locale, page: 'contact' }));
	const form = formOn(page, locale);
	await fillIn(form, locale, values);
	await submit(form, locale);
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
		await submit(form, 'da');
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
		await expect(field(form, 'da', 'question')).toBeFocused();
		await expect(field(form, 'da', 'question')).toHaveAccessibleDescription(
			/Fejl: Skriv dit spørgsmål/,
		);
		const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
	});

	test('when the handler is unreachable, failing or slow, she is told and nothing she wrote is lost', async ({
		page,
	}) => {
		await page.goto('/en/contact/');
		const form = formOn(page, 'en');
		const values = question('en');
		await fillIn(form, 'en', values);
		const problem = form.getByRole('alert').filter({ hasText: 'Your question has not been sent' });

		await page.route(action, (route) => route.abort('connectionrefused'));
		await submit(form, 'en');
		await expect(problem).toContainText('We could not connect');
		await expect(problem.locator('..')).toBeFocused();
		expect(await valuesIn(form, 'en')).toEqual(values);

		await page.unroute(action);
		await page.route(action, (route) => route.fulfill({ status: 500, body: 'Server error' }));
		await submit(form, 'en');
		await expect(problem).toContainText('We could not accept your question just now');
		expect(await valuesIn(form, 'en')).toEqual(values);

		await page.unroute(action);
		await page.route(action, () => {});
		await form.locator('form').evaluate((element) => (element.dataset.timeoutMs = '1000'));
		await submit(form, 'en');
		await expect(
			form
				.getByRole('alert')
				.filter({ hasText: 'We could not confirm that your question arrived' }),
		).toContainText('we do not know whether your question arrived');
		expect(await valuesIn(form, 'en')).toEqual(values);
		expect(submissionsFrom(values.email)).toEqual([]);
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

		await page.unroute(action);
		await submit(form, 'en');
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
		await fillIn(form, 'da', values);
		await form.locator('input[name="_gotcha"]').fill('https://spam.example');
		await submit(form, 'da');
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
		await form.getByRole('button', { name: t('en', 'signup.submit') }).click();
		await expect(form.getByRole('alert').getByRole('link')).toHaveText([
			t('en', 'signup.postcode.invalid'),
		]);
		await postcode.fill('9000');
		await form.getByRole('button', { name: t('en', 'signup.submit') }).click();
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
		await submit(form, 'da');
		await expect(page).toHaveURL(/\/kontakt\/$/);
		expect(
			await field(form, 'da', 'question').evaluate(
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
		return page.getByRole('region', { name: t(locale, 'callback.formTitle') });
	}

	/** A call-back field by its label: `callback.<name>.label` where it has one, else the sign-up's. */
	function callbackField(form: Locator, locale: Locale, name: string): Locator {
		const own = `callback.${name}.label`;
		const key = (own in dictionaries[locale] ? own : `signup.${name}.label`) as StringKey;
		return form.getByLabel(new RegExp(`^${t(locale, key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	}

	async function requestCall(page: Page, locale: Locale, typed: Record<string, string>) {
		await page.goto(routePath({ locale, page: 'contact' }));
		await fillInCall(callbackForm(page, locale), locale, typed);
	}

	/** Fills in the call-back request as she would (typing, tapping) and sends it. */
	async function fillInCall(form: Locator, locale: Locale, typed: Record<string, string>) {
		await callbackField(form, locale, 'name').fill(typed.name!);
		await callbackField(form, locale, 'phone').fill(typed.phone!);
		// Each language in its own name: she finds hers whatever language the page is in.
		await form
			.getByRole('group', { name: t(locale, 'callback.callLanguage.label') })
			.getByLabel(t(typed.callLanguage as Locale, 'locale.name'), { exact: true })
			.check();
		await form
			.getByRole('group', { name: t(locale, 'callback.callTime.label') })
			.getByLabel(t(locale, 'callback.callTime.afternoon'))
			.check();
		await callbackField(form, locale, 'consent').check();
		await form.getByRole('button', { name: t(locale, 'callback.submit') }).click();
	}

	async function arrivedCall(phone: string) {
		await expect.poll(() => submissionsWith('phone', phone).length, { timeout: 10_000 }).toBe(1);
		const { receivedAt, submission, ...record } = submissionsWith('phone', phone)[0]!;
		expect(Date.parse(receivedAt!)).not.toBeNaN();
		if (submission !== undefined) expect(submission).toMatch(/^[0-9a-f]{32}$/);
		return record;
	}

	for (const javaScript of [true, false]) {
		test.describe(javaScript ? 'with JavaScript on' : 'with JavaScript off', () => {
			test.use({ javaScriptEnabled: javaScript });
			if (!javaScript) servePublicSiteInEachTest();

			for (const locale of locales) {
				test(`a call-back request with a phone number and no e-mail is received (${locale})`, async ({
					page,
				}) => {
					const { typed, phone } = callback(locale);
					await requestCall(page, locale, typed);
					const asked = routePath({ locale, page: 'asked' });
					await expect(page).toHaveURL(javaScript ? asked : `${siteOrigin}${asked}`);
					await expect(page.locator('html')).toHaveAttribute('lang', locale);
					expect(await arrivedCall(phone)).toEqual({
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
		await submit(question, 'da');
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
		await expect(callbackField(form, 'da', 'email')).toHaveAccessibleName(/\(valgfrit\)/);
		// A number too short to call is named, not sent.
		await callbackField(form, 'da', 'phone').fill('12 34');
		await form.getByRole('button', { name: t('da', 'callback.submit') }).click();
		await expect(summary.getByRole('link')).toContainText([t('da', 'callback.phone.invalid')]);
		const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('the browser requires the phone number, not the e-mail, before anything is sent', async ({
			page,
		}) => {
			await page.goto('/en/contact/');
			const form = callbackForm(page, 'en');
			const phone = callbackField(form, 'en', 'phone');
			const email = callbackField(form, 'en', 'email');
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

	for (const locale of locales) {
		test(`every contact form in ${locale} says she may write in any language, and its failure names the other route`, async ({
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
			await fillIn(writing, locale, question(locale));
			await submit(writing, locale);
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
