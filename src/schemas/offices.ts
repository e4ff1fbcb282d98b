import { z } from 'astro/zod';
import { order, text, url, translation } from './fields.ts';

/** What an office's coordinates mark: its street address, or only the area it serves. */
export const coordinatePrecisions = ['address', 'area'] as const;

/**
 * An office of the network. Only `name`, `region` and `order` are required: whatever we do not know
 * (an address, opening hours) is left out and the page does not show it. Never fill a field with a guess.
 */
export const officeSchema = z.object({
	/** The office's name, e.g. "Copenhagen". */
	name: text('Add the name of the office.', 80),
	/** The part of Denmark the office serves. */
	region: text('Add the region the office serves.', 120),
	/** Position in lists: 1 is shown first. */
	order: order(),
	/** The year the office opened, when known. */
	established: z
		.number({ error: 'Write the year the office opened as a number, e.g. 2002.' })
		.int({ error: 'Write the year the office opened as a number, e.g. 2002.' })
		.min(1900)
		.max(2100)
		.optional(),
	/** The street address, when known. */
	address: z
		.object({
			street: text('Add the street and number.', 120),
			postalCode: text('Add the postal code.', 10),
			city: text('Add the town or city.', 80),
		})
		.optional(),
	/**
	 * Where the office is, for the map; leave out when not known (the office is then listed but not
	 * placed on the map). `precision` says what the point is: the street address, or only the area the
	 * office serves, which the map and the office page then say.
	 */
	coordinates: z
		.object({
			lat: z.number({ error: 'Latitude must be a number.' }).min(54).max(58),
			lng: z.number({ error: 'Longitude must be a number.' }).min(8).max(16),
			/** `address` when the point is the office's street address; `area` when it only marks the area served. */
			precision: z.enum(coordinatePrecisions, {
				error:
					'Say what the coordinates mark: "address" for the street address, or "area" for the area the office serves.',
			}),
		})
		.optional(),
	/** How to reach the office, when known. */
	contact: z
		.object({
			email: z.email({ error: 'Write a valid email address.' }).optional(),
			phone: text('Write the phone number, or leave it out.', 30).optional(),
			website: url('Write the web address starting with https://.').optional(),
		})
		.optional(),
	/** Opening hours in words, when known. */
	openingHours: text('Write the opening hours, or leave the field out.', 300).optional(),
	/** Step-free access, toilets, hearing loops: whatever a visitor needs to plan a visit. */
	accessibility: text('Write the accessibility notes, or leave the field out.', 600).optional(),
	/** Public transport and parking. */
	directions: text('Write the directions, or leave the field out.', 600).optional(),
	/** That the entry is a translation, from which language, and whether it has been checked. */
	translation: translation(),
});

export type Office = z.infer<typeof officeSchema>;
