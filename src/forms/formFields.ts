/**
 * The forms' fields: the one source of truth for the forms' markup, the browser's validation and
 * the receiver's (through `submissionSchema` in `submission.ts`). Plain data with no zod in it, so the
 * sign-up page's script can import it without shipping a validation library.
 *
 * Data minimisation: each field is something matching needs (education, profession, wishes and goals,
 * location) or a way to reach her. The privacy notice lists the same fields; change both together.
 */

import type { StringKey } from '../i18n/locales.ts';

/** Who is signing up. */
export const roles = ['mentee', 'mentor'] as const;
export type Role = (typeof roles)[number];

/**
 * Every form that posts to the handler: the two sign-up forms and the contact page's two forms, the
 * question (she writes, we answer by e-mail) and the call-back request (a woman without e-mail gives a
 * phone number instead). Each sends its kind as `role`, the field the handler tells them apart by.
 */
export const formKinds = [...roles, 'question', 'callback'] as const;
export type FormKind = (typeof formKinds)[number];

/**
 * Where each form's wording is in the UI strings: its scope (`signup.*` for both sign-ups,
 * `contact.*` for the question, `callback.*` for the call-back request; a field without its own
 * label there has the sign-up's), and the string its heading, and so its region, is named by.
 */
export const formWording = {
	mentee: { scope: 'signup', title: 'cta.signupMentee' },
	mentor: { scope: 'signup', title: 'cta.signupMentor' },
	question: { scope: 'contact', title: 'contact.formTitle' },
	callback: { scope: 'callback', title: 'callback.formTitle' },
} as const satisfies Record<FormKind, { scope: string; title: StringKey }>;

/**
 * The office choice for a woman who lives far from every office. Not an office key (those come from
 * the offices collection; a unit test keeps them apart): the coordinators see where she lives from her
 * optional postcode and write to her about what is possible there.
 */
export const elsewhereOffice = 'elsewhere';

/** How a field is drawn; `radios` and `select` take their options from `options` or from content. */
export type FieldKind = 'text' | 'email' | 'tel' | 'textarea' | 'radios' | 'select' | 'checkbox';

export interface FormField {
	/** The name the handler receives. */
	name: string;
	kind: FieldKind;
	/** The forms that ask for this field, in form order. */
	forms: readonly FormKind[];
	required: boolean;
	/** The longest answer accepted, in characters (UTF-16 code units, as `maxlength` counts). */
	maxLength: number;
	/** The browser's autofill token, so she types less (WCAG 1.3.5). */
	autocomplete?: string;
	/** The accepted values of a choice; `office` takes its options from the offices collection. */
	options?: readonly string[];
	/** What the answer must look like, when it has a form of its own (a postcode). */
	pattern?: RegExp;
	/** The keyboard a phone shows (`numeric` for a postcode). */
	inputMode?: 'numeric';
	/**
	 * Digits she may type in her own script (Arabic-Indic, Persian): accepted as typed, sent and stored
	 * as ASCII digits (see `asciiDigits`).
	 */
	digits?: true;
	/**
	 * The checkbox that must be ticked for this answer to be used: special-category data (GDPR art. 9)
	 * rests on a consent of its own, given beside the field, not on the form's general consent.
	 */
	needsConsent?: string;
}

/**
 * The decimal digits of the site's scripts: ASCII, Arabic-Indic (U+0660–0669) and Extended
 * Arabic-Indic, which Persian keyboards type (U+06F0–06F9). A character class body, so the markup's
 * `pattern` accepts them without JavaScript too.
 */
const anyDigit = '0-9\u0660-\u0669\u06F0-\u06F9';

/**
 * `text` with every Arabic-Indic and Persian digit written as its ASCII digit: the one rule the page's
 * script, the field checks and the receiver share, so `٥٠٠٠` and `۵۰۰۰` arrive as `5000`.
 */
export function asciiDigits(text: string): string {
	// Both ranges start at a code point ending in 0, so the last hex digit is the digit's value.
	return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) =>
		String(digit.charCodeAt(0) & 0xf),
	);
}

/** `answer` as it is sent and stored: digits in ASCII where the field takes digits. */
export function sentAnswer(field: Pick<FormField, 'digits'>, answer: string): string {
	return field.digits ? asciiDigits(answer) : answer;
}

export const danishLevels = ['beginner', 'everyday', 'good', 'fluent'] as const;
export const contactLanguages = ['da', 'en'] as const;

/**
 * The languages she may ask to be called in: the site's own (a unit test holds them equal to
 * `locales`), listed here so the page's script does not import the dictionaries.
 */
export const callLanguages = ['da', 'en', 'ar', 'fa', 'uk', 'so'] as const;

/** When she can be reached: a tap, not a sentence to type on a phone. */
export const callTimes = ['morning', 'afternoon', 'any'] as const;

/**
 * A phone number to call: an optional `+` or `(` (as in `(+45)`), then 6 to 20 digits in any of the
 * site's scripts, with spaces, dashes or brackets between them. Each reserved character is escaped,
 * because browsers compile the markup's `pattern` with the `v` flag, which refuses a bare `(` or `-`
 * in a class.
 */
const phonePattern = new RegExp(`^[\\+\\(]{0,2}(?:[${anyDigit}][ \\-\\(\\)]*){6,20}$`);

/**
 * Every field, in the order the form asks for them. A field two forms ask differently (the phone,
 * optional in a sign-up and required in a call-back request) has one entry per way.
 */
export const formFields = [
	{
		name: 'name',
		kind: 'text',
		forms: ['mentee', 'mentor', 'question', 'callback'],
		required: true,
		maxLength: 120,
		autocomplete: 'name',
	},
	{
		name: 'email',
		kind: 'email',
		forms: ['mentee', 'mentor', 'question'],
		required: true,
		maxLength: 254,
		autocomplete: 'email',
	},
	{
		name: 'phone',
		kind: 'tel',
		forms: ['mentee', 'mentor'],
		required: false,
		maxLength: 30,
		autocomplete: 'tel',
		digits: true,
	},
	// The call-back request's own fields: the number is what it is for, so it is required there and
	// must look like one; e-mail becomes optional (a woman without one is not shut out).
	{
		name: 'phone',
		kind: 'tel',
		forms: ['callback'],
		required: true,
		maxLength: 30,
		autocomplete: 'tel',
		pattern: phonePattern,
		digits: true,
	},
	{
		name: 'callLanguage',
		kind: 'radios',
		forms: ['callback'],
		required: true,
		maxLength: 2,
		options: callLanguages,
	},
	{
		name: 'callTime',
		kind: 'radios',
		forms: ['callback'],
		required: true,
		maxLength: 20,
		options: callTimes,
	},
	{
		name: 'email',
		kind: 'email',
		forms: ['callback'],
		required: false,
		maxLength: 254,
		autocomplete: 'email',
	},
	{ name: 'office', kind: 'radios', forms: ['mentee', 'mentor'], required: true, maxLength: 40 },
	{
		name: 'postcode',
		kind: 'text',
		forms: ['mentee', 'mentor'],
		required: false,
		// Room for a mistyped »DK-9000«, so she is told the form it takes rather than a length.
		maxLength: 10,
		autocomplete: 'postal-code',
		pattern: new RegExp(`^[${anyDigit}]{4}$`),
		inputMode: 'numeric',
		digits: true,
	},
	{ name: 'education', kind: 'text', forms: ['mentee'], required: true, maxLength: 200 },
	{
		name: 'profession',
		kind: 'text',
		forms: ['mentee', 'mentor'],
		required: true,
		maxLength: 200,
		autocomplete: 'organization-title',
	},
	{ name: 'sector', kind: 'text', forms: ['mentor'], required: true, maxLength: 200 },
	{ name: 'goals', kind: 'textarea', forms: ['mentee'], required: true, maxLength: 2000 },
	{ name: 'motivation', kind: 'textarea', forms: ['mentor'], required: true, maxLength: 2000 },
	{ name: 'availability', kind: 'textarea', forms: ['mentor'], required: true, maxLength: 500 },
	{ name: 'question', kind: 'textarea', forms: ['question'], required: true, maxLength: 2000 },
	{
		name: 'danishLevel',
		kind: 'select',
		forms: ['mentee'],
		required: false,
		maxLength: 20,
		options: danishLevels,
	},
	{
		name: 'country',
		kind: 'text',
		forms: ['mentee'],
		required: false,
		maxLength: 80,
		autocomplete: 'country-name',
		needsConsent: 'countryConsent',
	},
	// Unticked, the country is neither sent by the page nor stored by the receiver.
	{
		name: 'countryConsent',
		kind: 'checkbox',
		forms: ['mentee'],
		required: false,
		maxLength: 3,
		options: ['yes'],
	},
	{
		name: 'contactLanguage',
		kind: 'radios',
		forms: ['mentee'],
		required: true,
		maxLength: 20,
		options: contactLanguages,
	},
	{
		name: 'consent',
		kind: 'checkbox',
		forms: ['mentee', 'mentor', 'question', 'callback'],
		required: true,
		maxLength: 3,
		options: ['yes'],
	},
] as const satisfies readonly FormField[];

export type FieldName = (typeof formFields)[number]['name'];

/** The fields `form` asks for, in order. */
export function fieldsFor(form: FormKind): readonly FormField[] {
	return formFields.filter((field) => (field.forms as readonly FormKind[]).includes(form));
}

/**
 * The hidden fields every form sends besides the answers. `_next` and `_gotcha` are the names the common
 * hosted form services use for the redirect after a plain POST and for the honeypot.
 */
export const hiddenFields = {
	/** Which form: `mentee`, `mentor`, `question` or `callback` (see `formKinds`). */
	role: 'role',
	/** The language of the page she signed up on. */
	language: 'language',
	/** Where the handler sends her after a plain POST: our confirmation page, as an absolute URL. */
	redirect: '_next',
	/** The honeypot: people never see it, so anything in it was typed by a bot. */
	honeypot: '_gotcha',
	/**
	 * How long she took, in milliseconds from the form being ready to being sent, measured by the
	 * page's script on her own clock (so a wrong clock cannot make a person look like a bot).
	 */
	elapsed: '_elapsed',
	/**
	 * One id per submission, made on her device by the page's script when the form opens and kept on
	 * every retry of the same answers, so a handler that deduplicates stores a sign-up once even when
	 * she sends again after an unconfirmed answer. Empty without JavaScript (a static page has no id of
	 * its own to give each visitor).
	 */
	submission: '_submission',
} as const;

/** What a submission id looks like: what the page's script makes (32 hex digits), or a UUID. */
export const submissionIdPattern = /^[0-9a-fA-F-]{32,36}$/;

/**
 * The shortest time a person can take to fill in the form. The page's script never sends sooner (it
 * waits out the rest), so a person is never refused; the receiver discards faster submissions as bots.
 */
export const minimumFillMs = 3000;

/** A valid email address as HTML's `<input type="email">` defines it, so browser and receiver agree. */
export const emailPattern =
	/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** An office value: the key of an entry in the offices collection. */
export const officePattern = /^[a-z0-9-]+$/;

/** What can be wrong with one answer. */
export type FieldProblem = 'required' | 'tooLong' | 'invalid';

export interface FieldError {
	field: string;
	problem: FieldProblem;
}

/**
 * The problems with a set of answers for `form`, in form order, at most one per field. The browser runs
 * this before sending; the receiver's zod schema applies the same rules (a unit test holds them equal).
 */
export function formErrors(form: FormKind, value: (name: string) => string): FieldError[] {
	const errors: FieldError[] = [];
	for (const field of fieldsFor(form)) {
		const answer = value(field.name).trim();
		if (answer === '') {
			if (field.required || answerNeeds(form, field.name, value)) {
				errors.push({ field: field.name, problem: 'required' });
			}
		} else if (answer.length > field.maxLength) {
			errors.push({ field: field.name, problem: 'tooLong' });
		} else if (!isValidAnswer(field, answer)) {
			errors.push({ field: field.name, problem: 'invalid' });
		}
	}
	return errors;
}

/** True when `consent` is a field's own consent box and that field has an answer. */
function answerNeeds(form: FormKind, consent: string, value: (name: string) => string): boolean {
	return fieldsFor(form).some(
		(field) => field.needsConsent === consent && value(field.name).trim() !== '',
	);
}

/**
 * `answers` without any answer whose own consent box was not ticked: what the receiver stores when a
 * plain POST (no script to ask her first) brings a country without its consent.
 */
export function consentedAnswers<T extends Record<string, string | undefined>>(answers: T): T {
	const kept = { ...answers };
	for (const field of formFields as readonly FormField[]) {
		if (field.needsConsent && kept[field.needsConsent] !== 'yes') delete kept[field.name];
	}
	return kept;
}

/** True when a non-empty `answer` is a valid value for `field`; the receiver's schema uses it too. */
export function isValidAnswer(field: FormField, answer: string): boolean {
	if (field.kind === 'email') return emailPattern.test(answer);
	if (field.pattern) return field.pattern.test(answer);
	if (field.name === 'office') return officePattern.test(answer);
	return field.options === undefined || field.options.includes(answer);
}
