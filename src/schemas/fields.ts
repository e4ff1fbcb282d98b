import { z } from 'astro/zod';
import { completeLocales, type Locale } from '../i18n/locales.ts';

/**
 * Field builders shared by the collection schemas. Each takes the sentence an editor reads when the
 * field is wrong, so every message names the fix in plain words rather than a type.
 */

/** Required, non-empty, trimmed text. */
export function text(message: string, max = 10_000) {
	return z
		.string({ error: message })
		.trim()
		.min(1, { error: message })
		.max(max, { error: `Keep this under ${max} characters.` });
}

/** A calendar date written as YYYY-MM-DD (YAML reads it as a date; a string is accepted too). */
export function date(message: string) {
	return z.coerce.date({ error: message }).refine((d) => !Number.isNaN(d.getTime()), {
		error: message,
	});
}

/** A whole number used to sort entries, starting at 1. */
export function order() {
	return z
		.number({ error: 'Give a whole number for the order, e.g. 1 for first.' })
		.int({ error: 'Give a whole number for the order, e.g. 1 for first.' })
		.min(1, { error: 'The order starts at 1.' });
}

/** A web address starting with https:// or http://. */
export function url(message: string) {
	return z.url({ error: message, protocol: /^https?$/ });
}

/**
 * The record every entry in a partial language carries: that it is a translation, from which
 * language, and whether a person fluent in its language has checked it. The page says so in one line
 * with a link to the Danish text. Required in a partial language (src/collections/localizedGlob.ts).
 */
export function translation() {
	return z
		.object({
			/** The language the text was translated from. */
			from: z.enum(completeLocales as [Locale, ...Locale[]], {
				error: `Write the language the text was translated from: ${completeLocales.join(' or ')}.`,
			}),
			/** True only once a person fluent in the language has read the translation against the source. */
			reviewed: z.boolean({
				error: 'Write reviewed: true once a fluent speaker has checked it, otherwise false.',
			}),
		})
		.optional();
}
