import { expect, type Locator, type Page } from '@playwright/test';
import { dictionaries, t, type Locale, type StringKey } from '../../src/i18n/locales.ts';
import {
	fieldsFor,
	formWording,
	minimumFillMs,
	type FormKind,
} from '../../src/forms/formFields.ts';
import { submissionsWith } from './form.ts';
import { letTimePass } from './sharedPage.ts';

/**
 * The site's forms as a person finds and fills them in, for the browser tests of both pages that
 * have them (tests/e2e/signup-form.spec.ts, tests/e2e/contact.spec.ts): by their headings, labels and
 * buttons, in the page's language.
 */

/** The answers of one form, by field name. */
export type Answers = Record<string, string | undefined>;

/** The form `kind` on the page, as the region its heading names. */
export function formRegion(page: Page, locale: Locale, kind: FormKind): Locator {
	return page.getByRole('region', { name: t(locale, formWording[kind].title) });
}

/** The label of field `name` in form `kind`: the form's own wording where it has one. */
function labelOf(locale: Locale, kind: FormKind, name: string): string {
	const own = `${formWording[kind].scope}.${name}.label`;
	return t(locale, (own in dictionaries[locale] ? own : `signup.${name}.label`) as StringKey);
}

/** A field by its label, as a person finds it (optional fields add "(optional)" to the label). */
export function formField(form: Locator, locale: Locale, kind: FormKind, name: string): Locator {
	const label = labelOf(locale, kind, name);
	return form.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

/** Fills in `values` the way she would: typing, choosing and ticking. */
export async function fillIn(form: Locator, locale: Locale, kind: FormKind, values: Answers) {
	for (const { name, kind: field } of fieldsFor(kind)) {
		const value = values[name];
		if (value === undefined) continue;
		if (field === 'radios') {
			const group = form.getByRole('group', { name: labelOf(locale, kind, name) });
			await group.locator(`input[value="${value}"]`).check();
		} else if (field === 'select') await formField(form, locale, kind, name).selectOption(value);
		else if (field === 'checkbox') await formField(form, locale, kind, name).check();
		else await formField(form, locale, kind, name).fill(value);
	}
}

/** The values in every field of the form, by field name, as the page holds them now. */
export async function valuesIn(form: Locator, locale: Locale, kind: FormKind): Promise<Answers> {
	const values: Answers = {};
	for (const { name, kind: field } of fieldsFor(kind)) {
		if (field === 'radios') {
			const group = form.getByRole('group', { name: labelOf(locale, kind, name) });
			values[name] = (await group.locator('input:checked').getAttribute('value')) ?? '';
		} else if (field === 'checkbox') {
			values[name] = (await formField(form, locale, kind, name).isChecked()) ? 'yes' : '';
		} else values[name] = await formField(form, locale, kind, name).inputValue();
	}
	return values;
}

/**
 * Presses the form's send button. A form the script enhances waits out the minimum fill time since
 * the page loaded before it sends (no person is refused for being quick); unless `atOnce`, she is
 * taken to have spent that long on the page, so the tests do not wait it out one by one. Without
 * JavaScript nothing measures the time.
 */
export async function submit(
	form: Locator,
	locale: Locale,
	kind: FormKind,
	{ atOnce = false }: { atOnce?: boolean } = {},
) {
	if (!atOnce && (await form.locator('form[novalidate]').count()) > 0) {
		await letTimePass(form.page(), minimumFillMs);
	}
	await form
		.getByRole('button', { name: t(locale, `${formWording[kind].scope}.submit` as StringKey) })
		.click();
}

/**
 * Waits for the test receiver to store exactly one submission whose `field` is `value`, checks the
 * receiver's own stamps, and returns the rest of it.
 */
export async function arrivedWith(field: string, value: string): Promise<Answers> {
	await expect.poll(() => submissionsWith(field, value).length, { timeout: 10_000 }).toBe(1);
	const { receivedAt, submission, ...record } = submissionsWith(field, value)[0]!;
	expect(Date.parse(receivedAt!)).not.toBeNaN();
	// With JavaScript the page gives each submission an id of its own; without, there is none.
	if (submission !== undefined) expect(submission).toMatch(/^[0-9a-f]{32}$/);
	return record;
}

/** The submission from `email`, once it has arrived exactly once. */
export function arrived(email: string): Promise<Answers> {
	return arrivedWith('email', email);
}
