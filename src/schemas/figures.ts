import { z } from 'astro/zod';
import { date, hint, order, say, sourceUrl, text } from './fields.ts';

/** What kind of number a figure is, so pages can format it. */
export const figureUnits = ['count', 'percent', 'year'] as const;

/**
 * A key figure. Every figure carries the date it was true and where it comes from: a number without
 * both is refused. A figure is either a number (`value`) or a ranked list (`items`).
 */
export const figureSchema = z
	.object({
		label: text(
			{ en: 'Add a label saying what the figure counts.', da: 'Skriv, hvad tallet tæller.' },
			120,
		).meta(
			hint({
				en: 'What the number counts, in words, e.g. "Mentors since 2002".',
				da: 'Hvad tallet tæller, i ord, fx »Mentorer siden 2002«.',
			}),
		),
		value: z
			.number({
				error: say({
					en: 'Write the figure as a number, without dots or spaces.',
					da: 'Skriv tallet som et tal uden punktummer eller mellemrum.',
				}),
			})
			.optional()
			.meta(
				hint({
					en: 'The number itself, without dots or spaces. Fill in either a number or a list, not both.',
					da: 'Selve tallet, uden punktummer eller mellemrum. Udfyld enten et tal eller en liste, ikke begge.',
				}),
			),
		atLeast: z
			.boolean()
			.default(false)
			.meta(
				hint({
					en: 'Switch on when the source says "more than" or "over" the number. The page then says "over".',
					da: 'Slå til, når kilden siger »mere end« eller »over« tallet. Siden skriver så »over«.',
				}),
			),
		unit: z
			.enum(figureUnits, {
				error: say({
					en: `Choose a unit: ${figureUnits.join(', ')}.`,
					da: `Vælg en enhed: ${figureUnits.join(', ')}.`,
				}),
			})
			.default('count')
			.meta(
				hint({
					en: 'How to read the number: count (a number of people or things), percent or year.',
					da: 'Hvordan tallet skal læses: count (et antal), percent (procent) eller year (et årstal).',
				}),
			),
		items: z
			.array(
				text(
					{ en: 'A list item cannot be empty.', da: 'Et punkt på listen må ikke være tomt.' },
					80,
				),
			)
			.optional()
			.meta(
				hint({
					en: 'Instead of a number: a ranked list, e.g. the most represented countries, first place first.',
					da: 'I stedet for et tal: en liste i rækkefølge, fx de mest repræsenterede lande, nummer et først.',
				}),
			),
		asOf: date({
			en: 'Add the date the figure was true (as of), as YYYY-MM-DD.',
			da: 'Skriv datoen, tallet gælder pr., som ÅÅÅÅ-MM-DD.',
		}).meta(
			hint({
				en: 'The date the number was true, as the source gives it. The page shows it with the number.',
				da: 'Datoen, tallet gælder pr., som kilden angiver den. Siden viser den sammen med tallet.',
			}),
		),
		source: z
			.object(
				{
					name: text(
						{ en: 'Name the source of the figure.', da: 'Skriv kilden til tallet.' },
						300,
					).meta(
						hint({
							en: 'The source as it should be cited, e.g. the title of the report and who published it.',
							da: 'Kilden, som den skal citeres, fx rapportens titel og hvem der har udgivet den.',
						}),
					),
					url: sourceUrl({
						en: 'A public web address of the source, starting with https://, if there is one.',
						da: 'Kildens offentlige webadresse, der begynder med https://, hvis der er en.',
					}),
				},
				{ error: say({ en: 'Add the source of the figure.', da: 'Angiv kilden til tallet.' }) },
			)
			.meta(
				hint({
					en: 'Where the number comes from. A number without a source is refused.',
					da: 'Hvor tallet kommer fra. Et tal uden kilde bliver afvist.',
				}),
			),
		order: order(),
	})
	.refine((figure) => (figure.value === undefined) !== (figure.items === undefined), {
		error: say({
			en: 'Give either a number (value) or a list (items), not both and not neither.',
			da: 'Udfyld enten et tal eller en liste – ikke begge og ikke ingen af dem.',
		}),
		path: ['value'],
	});

export type Figure = z.infer<typeof figureSchema>;
