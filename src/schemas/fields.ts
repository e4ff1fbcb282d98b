import { z } from 'astro/zod';
import { completeLocales, type Locale } from '../i18n/locales.ts';

/**
 * Field builders shared by the collection schemas. Each takes the sentence an editor reads when the
 * field is wrong, so every message names the fix in plain words rather than a type — in each language
 * editors work in: the build reports the English, the CMS's check on save the one of its interface.
 */

/** What an editor reads when a field is wrong, in each language of the CMS's interface. */
export interface EditorMessage {
	en: string;
	da: string;
}

const danish = new Map<string, string>();

/**
 * A message for zod, which carries one string: the English, the Danish kept beside it for the CMS
 * (`inDanish`). Both are written in the same place, so they cannot drift apart.
 */
export function say(message: EditorMessage): string {
	danish.set(message.en, message.da);
	return message.en;
}

/** The Danish of a message declared with `say` (or a builder below); the English when there is none. */
export function inDanish(english: string): string {
	return danish.get(english) ?? english;
}

/**
 * What a field is for, in plain words for an editor, in each language of the CMS's interface: the CMS
 * shows it under the field (admin/fields.ts reads it). Attach with zod's `.meta(hint({ en, da }))`.
 */
export function hint(text: EditorMessage): { hint: EditorMessage } {
	return { hint: text };
}

/** The `hint` of a field, from the outermost of its wrappers (`.optional()`, `.default()`…) that has one. */
export function hintOf(schema: z.ZodType): EditorMessage | undefined {
	for (let current: z.ZodType | undefined = schema; current;) {
		const found = (current.meta() as { hint?: EditorMessage } | undefined)?.hint;
		if (found) return found;
		const wrapped: { innerType?: z.ZodType; in?: z.ZodType } = (
			current as unknown as { def: { innerType?: z.ZodType; in?: z.ZodType } }
		).def;
		current = wrapped.innerType ?? wrapped.in;
	}
	return undefined;
}

/** Required, non-empty, trimmed text. */
export function text(message: EditorMessage, max = 10_000) {
	const error = say(message);
	return z
		.string({ error })
		.trim()
		.min(1, { error })
		.max(max, {
			error: say({ en: `Keep this under ${max} characters.`, da: `Højst ${max} tegn.` }),
		});
}

/** A calendar date written as YYYY-MM-DD (YAML reads it as a date; a string is accepted too). */
export function date(message: EditorMessage) {
	const error = say(message);
	return z.coerce.date({ error }).refine((d) => !Number.isNaN(d.getTime()), { error });
}

/** A whole number used to sort entries, starting at 1. */
export function order() {
	const error = say({
		en: 'Give a whole number for the order, e.g. 1 for first.',
		da: 'Skriv rækkefølgen som et helt tal, fx 1 for først.',
	});
	return z
		.number({ error })
		.int({ error })
		.min(1, { error: say({ en: 'The order starts at 1.', da: 'Rækkefølgen begynder ved 1.' }) })
		.meta(
			hint({
				en: 'Where it comes in the list: 1 is shown first, then 2, 3 …',
				da: 'Placeringen i listen: 1 vises først, derefter 2, 3 …',
			}),
		);
}

/** A web address starting with https:// or http://. */
export function url(message: EditorMessage) {
	return z.url({ error: say(message), protocol: /^https?$/ });
}

/** An optional web address of a cited source; `purpose` is the hint that says which address belongs there. */
export function sourceUrl(purpose: EditorMessage) {
	return url({
		en: 'Write the source address starting with https://.',
		da: 'Skriv kildens adresse, så den begynder med https://.',
	})
		.optional()
		.meta(hint(purpose));
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
					error: say({
						en: `Write the language the text was translated from: ${completeLocales.join(' or ')}.`,
						da: `Skriv, hvilket sprog teksten er oversat fra: ${completeLocales.join(' eller ')}.`,
					}),
				})
				.meta(
					hint({
						en: 'The language the text was translated from: da (Danish) or en (English).',
						da: 'Det sprog, teksten er oversat fra: da (dansk) eller en (engelsk).',
					}),
				),
			reviewed: z
				.boolean({
					error: say({
						en: 'Write reviewed: true once a fluent speaker has checked it, otherwise false.',
						da: 'Skriv reviewed: true, når en, der taler sproget flydende, har læst den igennem, ellers false.',
					}),
				})
				.meta(
					hint({
						en: 'Switch on only once someone fluent in the language has read the translation against the original. Until then the page says that no one has checked it yet.',
						da: 'Slå først til, når en, der taler sproget flydende, har læst oversættelsen igennem mod originalen. Indtil da skriver siden, at ingen har tjekket den endnu.',
					}),
				),
		})
		.optional()
		.meta(
			hint({
				en: 'Only for a translated text: the language it was translated from, and whether it has been checked. Leave empty in Danish and English.',
				da: 'Kun til en oversat tekst: hvilket sprog den er oversat fra, og om den er tjekket. Lad det stå tomt på dansk og engelsk.',
			}),
		);
}

/** Public ways to reach the programme or an office: each left out while it is not known. */
export function contactDetails() {
	return z.object({
		email: z
			.email({
				error: say({ en: 'Write a valid email address.', da: 'Skriv en gyldig e-mailadresse.' }),
			})
			.optional()
			.meta(
				hint({
					en: 'A public e-mail address. Leave empty if there is none.',
					da: 'En offentlig e-mailadresse. Lad feltet stå tomt, hvis der ikke er en.',
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
				hint({
					en: 'A public phone number, with +45 in front. Leave empty if there is none.',
					da: 'Et offentligt telefonnummer med +45 foran. Lad feltet stå tomt, hvis der ikke er et.',
				}),
			),
		website: url({
			en: 'Write the web address starting with https://.',
			da: 'Skriv webadressen, så den begynder med https://.',
		})
			.optional()
			.meta(
				hint({
					en: 'A web page about it, starting with https://. Leave empty if there is none.',
					da: 'En webside om det, der begynder med https://. Lad feltet stå tomt, hvis der ikke er en.',
				}),
			),
	});
}

/** A postal address in Denmark: street and number, postcode, town. */
export function postalAddress() {
	return z.object({
		street: text({ en: 'Add the street and number.', da: 'Skriv gade og nummer.' }, 120).meta(
			hint({
				en: 'Street and number, e.g. "Nørregade 1".',
				da: 'Gade og husnummer, fx »Nørregade 1«.',
			}),
		),
		postalCode: text({ en: 'Add the postal code.', da: 'Skriv postnummeret.' }, 10).meta(
			hint({ en: 'The four-digit postal code.', da: 'Det firecifrede postnummer.' }),
		),
		city: text({ en: 'Add the town or city.', da: 'Skriv byen.' }, 80).meta(
			hint({ en: 'The town or city.', da: 'Byen.' }),
		),
	});
}
