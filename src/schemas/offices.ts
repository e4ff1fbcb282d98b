import { z } from 'astro/zod';
import { contactDetails, hint, order, postalAddress, say, text, translation } from './fields.ts';

/** What an office's coordinates mark: its street address, or only the area it serves. */
export const coordinatePrecisions = ['address', 'area'] as const;

/**
 * An office of the network. Only `name`, `region` and `order` are required: whatever we do not know
 * (an address, opening hours) is left out and the page does not show it. Never fill a field with a guess.
 */
export const officeSchema = z.object({
	name: text({ en: 'Add the name of the office.', da: 'Skriv kontorets navn.' }, 80).meta(
		hint({ en: 'The office\'s name, e.g. "Copenhagen".', da: 'Kontorets navn, fx »København«.' }),
	),
	region: text(
		{ en: 'Add the region the office serves.', da: 'Skriv den region, kontoret dækker.' },
		120,
	).meta(
		hint({
			en: 'The part of Denmark the office serves.',
			da: 'Den del af Danmark, kontoret dækker.',
		}),
	),
	order: order(),
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
		.optional()
		.meta(
			hint({
				en: 'The year the office opened. Leave empty if it is not known.',
				da: 'Året, kontoret blev oprettet. Lad feltet stå tomt, hvis det ikke vides.',
			}),
		),
	address: postalAddress()
		.optional()
		.meta(
			hint({
				en: "The office's street address. Leave it empty if it is not known: the page then shows none. Never guess.",
				da: 'Kontorets adresse. Lad felterne stå tomme, hvis den ikke kendes – så viser siden ingen adresse. Gæt aldrig.',
			}),
		),
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
				.max(58)
				.meta(
					hint({
						en: 'Latitude as a decimal number with a point, between 54 and 58 in Denmark.',
						da: 'Breddegrad som decimaltal med punktum, mellem 54 og 58 i Danmark.',
					}),
				),
			lng: z
				.number({
					error: say({ en: 'Longitude must be a number.', da: 'Længdegraden skal være et tal.' }),
				})
				.min(8)
				.max(16)
				.meta(
					hint({
						en: 'Longitude as a decimal number with a point, between 8 and 16 in Denmark.',
						da: 'Længdegrad som decimaltal med punktum, mellem 8 og 16 i Danmark.',
					}),
				),
			precision: z
				.enum(coordinatePrecisions, {
					error: say({
						en: 'Say what the coordinates mark: "address" for the street address, or "area" for the area the office serves.',
						da: 'Vælg, hvad punktet viser: "address" for kontorets adresse eller "area" for det område, kontoret dækker.',
					}),
				})
				.meta(
					hint({
						en: '"address": the point is the office\'s address. "area": it only marks the area the office covers; the map and the office page then say so.',
						da: '"address": punktet er kontorets adresse. "area": punktet viser kun det område, kontoret dækker; det skriver kortet og kontorets side så.',
					}),
				),
		})
		.optional()
		.meta(
			hint({
				en: "The office's point on the map. Leave it empty if it is not known: the office is then listed, but not placed on the map.",
				da: 'Kontorets punkt på kortet. Lad felterne stå tomme, hvis det ikke kendes – så står kontoret i listen, men ikke på kortet.',
			}),
		),
	contact: contactDetails()
		.optional()
		.meta(
			hint({
				en: 'How visitors reach the office. Fill in only what is known and public.',
				da: 'Hvordan man kontakter kontoret. Udfyld kun det, der er kendt og offentligt.',
			}),
		),
	openingHours: text(
		{
			en: 'Write the opening hours, or leave the field out.',
			da: 'Skriv åbningstiderne, eller lad feltet stå tomt.',
		},
		300,
	)
		.optional()
		.meta(
			hint({
				en: 'Opening hours in words. Leave empty if they are not known.',
				da: 'Åbningstiderne i ord. Lad feltet stå tomt, hvis de ikke kendes.',
			}),
		),
	accessibility: text(
		{
			en: 'Write the accessibility notes, or leave the field out.',
			da: 'Skriv om tilgængeligheden, eller lad feltet stå tomt.',
		},
		600,
	)
		.optional()
		.meta(
			hint({
				en: 'Step-free access, toilets, hearing loop: what a visitor needs to know to plan a visit.',
				da: 'Trinfri adgang, toiletter, teleslynge: det, en besøgende skal vide for at planlægge sit besøg.',
			}),
		),
	directions: text(
		{
			en: 'Write the directions, or leave the field out.',
			da: 'Skriv vejvisningen, eller lad feltet stå tomt.',
		},
		600,
	)
		.optional()
		.meta(
			hint({
				en: 'How to get there: public transport and parking.',
				da: 'Sådan kommer man dertil: offentlig transport og parkering.',
			}),
		),
	translation: translation(),
});

export type Office = z.infer<typeof officeSchema>;
