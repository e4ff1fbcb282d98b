import { z } from 'astro/zod';

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

/** A postal address in Denmark: street and number, postcode, town. */
export function postalAddress() {
	return z.object({
		street: text('Add the street and number.', 120),
		postalCode: text('Add the postal code.', 10),
		city: text('Add the town or city.', 80),
	});
}
