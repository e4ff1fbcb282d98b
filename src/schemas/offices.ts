import { z } from 'astro/zod';
import { contactDetails, order, postalAddress, say, text, translation } from './fields.ts';

/** What an office's coordinates mark: its street address, or only the area it serves. */
export const coordinatePrecisions = ['address', 'area'] as const;

/**
 * An office of the network. Only `name`, `region` and `order` are required: whatever we do not know
 * (an address, opening hours) is left out and the page does not show it. Never fill a field with a guess.
 */
export const officeSchema = z.object({
	/** The office's name, e.g. "Copenhagen". */
	name: text({ en: 'Add the name of the office.', da: 'Skriv kontorets navn.' }, 80),
	/** The part of Denmark the office serves. */
	region: text(
		{ en: 'Add the region the office serves.', da: 'Skriv den region, kontoret dækker.' },
		120,
	),
	/** Position in lists: 1 is shown first. */
	order: order(),
	/** The year the office opened, when known. */
	established: z
		.number({
			error: say({
				en: 'Write the year the office opened as a number, e.g. 2002.',
				da: 'Skriv året, kontoret blev oprettet, som et tal, fx 2002.',
			}),
		})
		.int({
			error: say({
				en: 'Write the year the office opened as a number, e.g. 2002.',
				da: 'Skriv året, kontoret blev oprettet, som et tal, fx 2002.',
			}),
		})
		.min(1900)
		.max(2100)
		.optional(),
	/** The street address, when known. */
	address: postalAddress().optional(),
	/**
	 * Where the office is, for the map; leave out when not known (the office is then listed but not
	 * placed on the map). `precision` says what the point is: the street address, or only the area the
	 * office serves, which the map and the office page then say.
	 */
	coordinates: z
		.object({
			lat: z
				.number({
					error: say({ en: 'Latitude must be a number.', da: 'Breddegraden skal være et tal.' }),
				})
				.min(54)
				.max(58),
			lng: z
				.number({
					error: say({ en: 'Longitude must be a number.', da: 'Længdegraden skal være et tal.' }),
				})
				.min(8)
				.max(16),
			/** `address` when the point is the office's street address; `area` when it only marks the area served. */
			precision: z.enum(coordinatePrecisions, {
				error: say({
					en: 'Say what the coordinates mark: "address" for the street address, or "area" for the area the office serves.',
					da: 'Vælg, hvad punktet viser: "address" for kontorets adresse eller "area" for det område, kontoret dækker.',
				}),
			}),
		})
		.optional(),
	/** How to reach the office, when known. */
	contact: contactDetails().optional(),
	/** Opening hours in words, when known. */
	openingHours: text(
		{
			en: 'Write the opening hours, or leave the field out.',
			da: 'Skriv åbningstiderne, eller lad feltet stå tomt.',
		},
		300,
	).optional(),
	/** Step-free access, toilets, hearing loops: whatever a visitor needs to plan a visit. */
	accessibility: text(
		{
			en: 'Write the accessibility notes, or leave the field out.',
			da: 'Skriv om tilgængeligheden, eller lad feltet stå tomt.',
		},
		600,
	).optional(),
	/** Public transport and parking. */
	directions: text(
		{
			en: 'Write the directions, or leave the field out.',
			da: 'Skriv vejvisningen, eller lad feltet stå tomt.',
		},
		600,
	).optional(),
	/** That the entry is a translation, from which language, and whether it has been checked. */
	translation: translation(),
});

export type Office = z.infer<typeof officeSchema>;
