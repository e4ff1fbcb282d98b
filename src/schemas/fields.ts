import { z } from 'astro/zod';
import { completeLocales, type Locale } from '../i18n/locales.ts';

/**
 * Field builders shared by the collection schemas. Each takes the sentence an editor reads when the
 * field is wrong, so every message names the fix in plain words rather than a type — in each language
 * editors work in: the build reports the English, the CMS's check on save the one of its interface.
 */

/** What an editor reads about a field, in each language of the CMS's interface. */
export interface EditorMessage {
	en: string;
	da: string;
}

/**
 * zod's `error` option for a rule an editor can break: zod reports the English (the build's
 * language), and the whole message stays on the rule, so the CMS's check on save finds the Danish on
 * the field the issue names (admin/validate.ts). Nothing is shared between fields: two fields may say
 * the same in English and differently in Danish.
 */
export type EditorError = (() => string) & { readonly editorMessage: EditorMessage };

/** The `error` option that says `message` (see `EditorError`). */
export function editorError(message: EditorMessage): EditorError {
	return Object.assign(() => message.en, { editorMessage: message });
}

/** The message of an `error` option made by `editorError`; undefined for any other. */
export function editorMessageOf(error: unknown): EditorMessage | undefined {
	return typeof error === 'function' ? (error as Partial<EditorError>).editorMessage : undefined;
}

/** A widget of the CMS (Decap's `widget` and its options), for a field whose type implies the wrong one. */
export interface CmsWidget {
	widget: string;
	[option: string]: unknown;
}

/**
 * What the CMS shows of a field, kept on the field itself with zod's `.meta(cms({ … }))`, so one
 * place says everything an editor reads about it; admin/fields.ts makes Decap's field of it. A
 * wrapper's meta adds to what the schema it wraps says (`sourceUrl(…).meta(cms({ sameInEveryLanguage:
 * true }))`), and the outermost wins where both say the same thing. A type rather than an
 * interface: zod's `.meta()` takes an object with an index signature, which only a type alias meets.
 */
export type CmsMeta = {
	/** The label above the field, in Danish (the editors' language). The CMS needs one on every field. */
	label?: string;
	/** What the field is for, in plain words: the CMS shows it under the field. */
	hint?: EditorMessage;
	/** Replaces the widget the type implies: a relation to another collection, an image. */
	widget?: CmsWidget;
	/**
	 * True for facts that are the same in every language (dates, numbers, the office): the CMS copies
	 * them from Danish (Decap's i18n `duplicate`), so the language versions cannot disagree. Nested
	 * fields inherit it.
	 */
	sameInEveryLanguage?: boolean;
};

/** Metadata for `.meta()`: what the CMS shows of a field (see `CmsMeta`). */
export function cms(meta: CmsMeta): CmsMeta {
	return meta;
}

/** Required, non-empty, trimmed text. */
export function text(message: EditorMessage, max = 10_000) {
	const error = editorError(message);
	return z
		.string({ error })
		.trim()
		.min(1, { error })
		.max(max, {
			error: editorError({ en: `Keep this under ${max} characters.`, da: `Højst ${max} tegn.` }),
		});
}

/** A calendar date written as YYYY-MM-DD (YAML reads it as a date; a string is accepted too). */
export function date(message: EditorMessage) {
	const error = editorError(message);
	return z.coerce.date({ error }).refine((d) => !Number.isNaN(d.getTime()), { error });
}

/** A whole number used to sort entries, starting at 1: the same in every language. */
export function order() {
	const error = editorError({
		en: 'Give a whole number for the order, e.g. 1 for first.',
		da: 'Skriv rækkefølgen som et helt tal, fx 1 for først.',
	});
	return z
		.number({ error })
		.int({ error })
		.min(1, {
			error: editorError({ en: 'The order starts at 1.', da: 'Rækkefølgen begynder ved 1.' }),
		})
		.meta(
			cms({
				label: 'Rækkefølge',
				sameInEveryLanguage: true,
				hint: {
					en: 'Where it comes in the list: 1 is shown first, then 2, 3 …',
					da: 'Placeringen i listen: 1 vises først, derefter 2, 3 …',
				},
			}),
		);
}

/** A web address starting with https:// or http://. */
export function url(message: EditorMessage) {
	return z.url({ error: editorError(message), protocol: /^https?$/ });
}

/** An optional web address of a cited source; `purpose` is the hint that says which address belongs there. */
export function sourceUrl(purpose: EditorMessage) {
	return url({
		en: 'Write the source address starting with https://.',
		da: 'Skriv kildens adresse, så den begynder med https://.',
	})
		.optional()
		.meta(cms({ label: 'Kildens adresse', hint: purpose }));
}

/**
 * The record every entry in a partial language carries: that it is a translation, from which
 * language, and whether a person fluent in its language has checked it. The page says so in one line
 * with a link to the Danish text. Required in a partial language (src/collections/localizedGlob.ts).
 */
export function translation() {
	return z
		.object({
			from: z
				.enum(completeLocales as [Locale, ...Locale[]], {
					error: editorError({
						en: `Write the language the text was translated from: ${completeLocales.join(' or ')}.`,
						da: `Skriv, hvilket sprog teksten er oversat fra: ${completeLocales.join(' eller ')}.`,
					}),
				})
				.meta(
					cms({
						label: 'Oversat fra',
						hint: {
							en: 'The language the text was translated from: da (Danish) or en (English).',
							da: 'Det sprog, teksten er oversat fra: da (dansk) eller en (engelsk).',
						},
					}),
				),
			reviewed: z
				.boolean({
					error: editorError({
						en: 'Write reviewed: true once a fluent speaker has checked it, otherwise false.',
						da: 'Skriv reviewed: true, når en, der taler sproget flydende, har læst den igennem, ellers false.',
					}),
				})
				.meta(
					cms({
						label: 'Gennemlæst af en, der taler sproget flydende',
						hint: {
							en: 'Switch on only once someone fluent in the language has read the translation against the original. Until then the page says that no one has checked it yet.',
							da: 'Slå først til, når en, der taler sproget flydende, har læst oversættelsen igennem mod originalen. Indtil da skriver siden, at ingen har tjekket den endnu.',
						},
					}),
				),
		})
		.optional()
		.meta(
			cms({
				label: 'Oversættelse',
				hint: {
					en: 'Only for a translated text: the language it was translated from, and whether it has been checked. Leave empty in Danish and English.',
					da: 'Kun til en oversat tekst: hvilket sprog den er oversat fra, og om den er tjekket. Lad det stå tomt på dansk og engelsk.',
				},
			}),
		);
}

/** Public ways to reach the programme or an office: each left out while it is not known. */
export function contactDetails() {
	return z.object({
		email: z
			.email({
				error: editorError({
					en: 'Write a valid email address.',
					da: 'Skriv en gyldig e-mailadresse.',
				}),
			})
			.optional()
			.meta(
				cms({
					label: 'E-mail',
					hint: {
						en: 'A public e-mail address. Leave empty if there is none.',
						da: 'En offentlig e-mailadresse. Lad feltet stå tomt, hvis der ikke er en.',
					},
				}),
			),
		phone: text(
			{
				en: 'Write the phone number, or leave it out.',
				da: 'Skriv telefonnummeret, eller lad feltet stå tomt.',
			},
			30,
		)
			.optional()
			.meta(
				cms({
					label: 'Telefon',
					hint: {
						en: 'A public phone number, with +45 in front. Leave empty if there is none.',
						da: 'Et offentligt telefonnummer med +45 foran. Lad feltet stå tomt, hvis der ikke er et.',
					},
				}),
			),
		website: url({
			en: 'Write the web address starting with https://.',
			da: 'Skriv webadressen, så den begynder med https://.',
		})
			.optional()
			.meta(
				cms({
					label: 'Hjemmeside',
					hint: {
						en: 'A web page about it, starting with https://. Leave empty if there is none.',
						da: 'En webside om det, der begynder med https://. Lad feltet stå tomt, hvis der ikke er en.',
					},
				}),
			),
	});
}

/** A postal address in Denmark: street and number, postcode, town. */
export function postalAddress() {
	return z.object({
		street: text({ en: 'Add the street and number.', da: 'Skriv gade og nummer.' }, 120).meta(
			cms({
				label: 'Gade og nummer',
				hint: {
					en: 'Street and number, e.g. "Nørregade 1".',
					da: 'Gade og husnummer, fx »Nørregade 1«.',
				},
			}),
		),
		postalCode: text({ en: 'Add the postal code.', da: 'Skriv postnummeret.' }, 10).meta(
			cms({
				label: 'Postnummer',
				hint: { en: 'The four-digit postal code.', da: 'Det firecifrede postnummer.' },
			}),
		),
		city: text({ en: 'Add the town or city.', da: 'Skriv byen.' }, 80).meta(
			cms({ label: 'By', hint: { en: 'The town or city.', da: 'Byen.' } }),
		),
	});
}
