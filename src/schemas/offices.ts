import { z } from 'astro/zod';
import {
	cms,
	contactDetails,
	editorError,
	order,
	postalAddress,
	sourceUrl,
	text,
	translation,
} from './fields.ts';

/** What an office's coordinates mark: its street address, or only the area it serves. */
export const coordinatePrecisions = ['address', 'area'] as const;

/**
 * An office of the network. Only `name`, `region`, `order` and `sources` are required: whatever we do
 * not know (an address, opening hours) is left out and the page does not show it. Never fill a field
 * with a guess.
 */
export const officeSchema = z.object({
	name: text({ en: 'Add the name of the office.', da: 'Skriv kontorets navn.' }, 80).meta(
		cms({
			label: 'Navn',
			hint: { en: 'The office\'s name, e.g. "Copenhagen".', da: 'Kontorets navn, fx »København«.' },
		}),
	),
	region: text(
		{ en: 'Add the region the office serves.', da: 'Skriv den region, kontoret dækker.' },
		120,
	).meta(
		cms({
			label: 'Region',
			hint: {
				en: 'The part of Denmark the office serves.',
				da: 'Den del af Danmark, kontoret dækker.',
			},
		}),
	),
	order: order(),
	/**
	 * Whether she can choose the office in the sign-up forms and finds it on the map. False for an
	 * office only an older source names (Fyn in 2012): it keeps its page, for the history and the
	 * stories that name it, but is no longer offered as if it ran today.
	 */
	offered: z
		.boolean({
			error: editorError({
				en: 'Say whether the office is offered in the sign-up forms (true) or is history only (false).',
				da: 'Angiv, om kontoret kan vælges i tilmeldingen (true), eller om det kun hører til historien (false).',
			}),
		})
		.default(true)
		.meta(
			cms({
				label: 'Kan vælges i tilmeldingen og står på kortet',
				sameInEveryLanguage: true,
				hint: {
					en: 'Switch off for an office that the newest source no longer names: it is then kept for the history, not offered in the sign-up forms or drawn on the map.',
					da: 'Slå fra for et kontor, som den nyeste kilde ikke længere nævner: det bevares så i historien, men kan ikke vælges i tilmeldingen og står ikke på kortet.',
				},
			}),
		),
	/**
	 * Where what the entry says comes from, each with its date, so no fact reads as newer than it is
	 * (København: the 2012 presentation for its founding, KVINFO's undated page for today).
	 */
	sources: z
		.array(
			z.object({
				name: text(
					{
						en: 'Name the source of what the entry says.',
						da: 'Skriv kilden til det, der står om kontoret.',
					},
					300,
				).meta(
					cms({
						label: 'Kilde, som den skal citeres',
						hint: {
							en: 'The source as it should be cited, e.g. "KVINFO\'s English page on the Mentor Network".',
							da: 'Kilden, som den skal citeres, fx »KVINFOs engelske side om Mentornetværket«.',
						},
					}),
				),
				date: text(
					{
						en: 'Write the date of the source, or "undated" if it has none.',
						da: 'Skriv kildens dato, eller »udateret«, hvis den ikke har nogen.',
					},
					60,
				).meta(
					cms({
						label: 'Kildens dato (eller »udateret«)',
						hint: {
							en: 'The date as the source gives it, e.g. "October 2012"; "undated" when the source has no date. The page shows it with the source.',
							da: 'Datoen, som kilden angiver den, fx »oktober 2012«; »udateret«, når kilden ikke har en dato. Siden viser den sammen med kilden.',
						},
					}),
				),
				url: sourceUrl({
					en: 'A public web address of the source, starting with https://, if there is one.',
					da: 'Kildens offentlige webadresse, der begynder med https://, hvis der er en.',
				}).meta(cms({ sameInEveryLanguage: true })),
			}),
			{
				error: editorError({
					en: 'Add the source of what the entry says.',
					da: 'Angiv kilden til det, der står om kontoret.',
				}),
			},
		)
		.min(1, {
			error: editorError({
				en: 'Add at least one source for what the entry says.',
				da: 'Angiv mindst én kilde til det, der står om kontoret.',
			}),
		})
		.meta(
			cms({
				label: 'Kilder',
				hint: {
					en: 'Where the facts about the office come from, and when, newest first. An office without a source is refused.',
					da: 'Hvor oplysningerne om kontoret kommer fra, og hvornår, nyeste først. Et kontor uden kilde bliver afvist.',
				},
			}),
		),
	established: z
		.number({
			error: editorError({
				en: 'Write the year the office opened as a number, e.g. 2002.',
				da: 'Skriv året, kontoret blev oprettet, som et tal, fx 2002.',
			}),
		})
		.int({
			error: editorError({
				en: 'Write the year the office opened as a number, e.g. 2002.',
				da: 'Skriv året, kontoret blev oprettet, som et tal, fx 2002.',
			}),
		})
		.min(1900)
		.max(2100)
		.optional()
		.meta(
			cms({
				label: 'Oprettet (år)',
				sameInEveryLanguage: true,
				hint: {
					en: 'The year the office opened. Leave empty if it is not known.',
					da: 'Året, kontoret blev oprettet. Lad feltet stå tomt, hvis det ikke vides.',
				},
			}),
		),
	address: postalAddress()
		.optional()
		.meta(
			cms({
				label: 'Adresse',
				sameInEveryLanguage: true,
				hint: {
					en: "The office's street address. Leave it empty if it is not known: the page then shows none. Never guess.",
					da: 'Kontorets adresse. Lad felterne stå tomme, hvis den ikke kendes – så viser siden ingen adresse. Gæt aldrig.',
				},
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
					error: editorError({
						en: 'Latitude must be a number.',
						da: 'Breddegraden skal være et tal.',
					}),
				})
				.min(54)
				.max(58)
				.meta(
					cms({
						label: 'Breddegrad',
						hint: {
							en: 'Latitude as a decimal number with a point, between 54 and 58 in Denmark.',
							da: 'Breddegrad som decimaltal med punktum, mellem 54 og 58 i Danmark.',
						},
					}),
				),
			lng: z
				.number({
					error: editorError({
						en: 'Longitude must be a number.',
						da: 'Længdegraden skal være et tal.',
					}),
				})
				.min(8)
				.max(16)
				.meta(
					cms({
						label: 'Længdegrad',
						hint: {
							en: 'Longitude as a decimal number with a point, between 8 and 16 in Denmark.',
							da: 'Længdegrad som decimaltal med punktum, mellem 8 og 16 i Danmark.',
						},
					}),
				),
			precision: z
				.enum(coordinatePrecisions, {
					error: editorError({
						en: 'Say what the coordinates mark: "address" for the street address, or "area" for the area the office serves.',
						da: 'Vælg, hvad punktet viser: "address" for kontorets adresse eller "area" for det område, kontoret dækker.',
					}),
				})
				.meta(
					cms({
						label: 'Hvad punktet viser',
						hint: {
							en: '"address": the point is the office\'s address. "area": it only marks the area the office covers; the map and the office page then say so.',
							da: '"address": punktet er kontorets adresse. "area": punktet viser kun det område, kontoret dækker; det skriver kortet og kontorets side så.',
						},
					}),
				),
		})
		.optional()
		.meta(
			cms({
				label: 'Koordinater (til kortet)',
				sameInEveryLanguage: true,
				hint: {
					en: "The office's point on the map. Leave it empty if it is not known: the office is then listed, but not placed on the map.",
					da: 'Kontorets punkt på kortet. Lad felterne stå tomme, hvis det ikke kendes – så står kontoret i listen, men ikke på kortet.',
				},
			}),
		),
	contact: contactDetails()
		.optional()
		.meta(
			cms({
				label: 'Kontakt',
				sameInEveryLanguage: true,
				hint: {
					en: 'How visitors reach the office. Fill in only what is known and public.',
					da: 'Hvordan man kontakter kontoret. Udfyld kun det, der er kendt og offentligt.',
				},
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
			cms({
				label: 'Åbningstider',
				hint: {
					en: 'Opening hours in words. Leave empty if they are not known.',
					da: 'Åbningstiderne i ord. Lad feltet stå tomt, hvis de ikke kendes.',
				},
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
			cms({
				label: 'Tilgængelighed',
				hint: {
					en: 'Step-free access, toilets, hearing loop: what a visitor needs to know to plan a visit.',
					da: 'Trinfri adgang, toiletter, teleslynge: det, en besøgende skal vide for at planlægge sit besøg.',
				},
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
			cms({
				label: 'Sådan kommer du hertil',
				hint: {
					en: 'How to get there: public transport and parking.',
					da: 'Sådan kommer man dertil: offentlig transport og parkering.',
				},
			}),
		),
	translation: translation(),
});

export type Office = z.infer<typeof officeSchema>;
