import { z } from 'astro/zod';
import { cms, date, editorError, order, sourceUrl, text } from './fields.ts';

/** What kind of number a figure is, so pages can format it. */
export const figureUnits = ['count', 'percent', 'year', 'ranking'] as const;

/**
 * How the source states a number, each value meaning what it says: "more than 50 %" is `moreThan`
 * (50 is not included), "at least" is `atLeast`, "about 8,500" is `about`.
 */
export const figureQualifiers = ['exactly', 'moreThan', 'atLeast', 'about'] as const;
export type FigureQualifier = (typeof figureQualifiers)[number];

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
			cms({
				label: 'Hvad tallet tæller',
				hint: {
					en: 'What the number counts, in words, e.g. "Mentors since 2002".',
					da: 'Hvad tallet tæller, i ord, fx »Mentorer siden 2002«.',
				},
			}),
		),
		value: z
			.number({
				error: editorError({
					en: 'Write the figure as a number, without dots or spaces.',
					da: 'Skriv tallet som et tal uden punktummer eller mellemrum.',
				}),
			})
			.optional()
			.meta(
				cms({
					label: 'Tal',
					sameInEveryLanguage: true,
					hint: {
						en: 'The number itself, without dots or spaces. Fill in either a number or a list, not both.',
						da: 'Selve tallet, uden punktummer eller mellemrum. Udfyld enten et tal eller en liste, ikke begge.',
					},
				}),
			),
		qualifier: z
			.enum(figureQualifiers, {
				error: editorError({
					en: `Choose how the source states the number: ${figureQualifiers.join(', ')}.`,
					da: `Vælg, hvordan kilden angiver tallet: ${figureQualifiers.join(', ')}.`,
				}),
			})
			.default('exactly')
			.meta(
				cms({
					label: 'Sådan angiver kilden tallet',
					sameInEveryLanguage: true,
					hint: {
						en: 'How the source states the number: exactly; moreThan ("more than", "over"); atLeast ("at least"); about ("about", "roughly"). The page writes the same word.',
						da: 'Hvordan kilden angiver tallet: exactly (præcis); moreThan (»mere end«, »over«); atLeast (»mindst«); about (»ca.«, »omkring«). Siden skriver det samme ord.',
					},
				}),
			),
		unit: z
			.enum(figureUnits, {
				error: editorError({
					en: `Choose a unit: ${figureUnits.join(', ')}.`,
					da: `Vælg en enhed: ${figureUnits.join(', ')}.`,
				}),
			})
			.default('count')
			.meta(
				cms({
					label: 'Enhed',
					sameInEveryLanguage: true,
					hint: {
						en: 'How to read the number: count (a number of people or things), percent, year, or ranking (a list in order instead of a number).',
						da: 'Hvordan tallet skal læses: count (et antal), percent (procent), year (et årstal) eller ranking (en liste i rækkefølge i stedet for et tal).',
					},
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
				cms({
					label: 'Liste (i rækkefølge)',
					hint: {
						en: 'Instead of a number: a ranked list, e.g. the most represented countries, first place first.',
						da: 'I stedet for et tal: en liste i rækkefølge, fx de mest repræsenterede lande, nummer et først.',
					},
				}),
			),
		of: text(
			{
				en: 'Say what the number counts or is a share of.',
				da: 'Skriv, hvad tallet tæller, eller hvad det er en andel af.',
			},
			300,
		).meta(
			cms({
				label: 'Hvad tallet tæller eller er en andel af',
				hint: {
					en: 'What the number counts, or what a percentage is a share of. A survey figure is a share of those who answered, e.g. "the mentees who answered the evaluation after their course in 2021".',
					da: 'Hvad tallet tæller, eller hvad en procentdel er en andel af. Et tal fra en spørgeundersøgelse er en andel af dem, der svarede, fx »de mentees, der svarede på evalueringen efter deres forløb i 2021«.',
				},
			}),
		),
		asOf: date({
			en: 'Add the date the figure was true (as of), as YYYY-MM-DD.',
			da: 'Skriv datoen, tallet gælder pr., som ÅÅÅÅ-MM-DD.',
		}).meta(
			cms({
				label: 'Gælder pr.',
				sameInEveryLanguage: true,
				hint: {
					en: 'The date the number was true, as the source gives it. The page shows it with the number.',
					da: 'Datoen, tallet gælder pr., som kilden angiver den. Siden viser den sammen med tallet.',
				},
			}),
		),
		source: z
			.object(
				{
					name: text(
						{ en: 'Name the source of the figure.', da: 'Skriv kilden til tallet.' },
						300,
					).meta(
						cms({
							label: 'Kilde, som den skal citeres',
							hint: {
								en: 'The source as it should be cited, e.g. the title of the report and who published it.',
								da: 'Kilden, som den skal citeres, fx rapportens titel og hvem der har udgivet den.',
							},
						}),
					),
					url: sourceUrl({
						en: 'A public web address of the source, starting with https://, if there is one.',
						da: 'Kildens offentlige webadresse, der begynder med https://, hvis der er en.',
					}).meta(cms({ sameInEveryLanguage: true })),
					noUrl: text(
						{
							en: 'Say why the source has no web address.',
							da: 'Skriv, hvorfor kilden ingen webadresse har.',
						},
						300,
					)
						.optional()
						.meta(
							cms({
								label: 'Hvorfor kilden ingen adresse har',
								hint: {
									en: 'Only when the source has no web address: why, in one sentence (e.g. a talk at a conference with no copy online that we know of). Fill in either the address or this.',
									da: 'Kun når kilden ingen webadresse har: hvorfor, i én sætning (fx et oplæg på en konference, som vi ikke kender nogen kopi af på nettet). Udfyld enten adressen eller dette.',
								},
							}),
						),
				},
				{
					error: editorError({
						en: 'Add the source of the figure.',
						da: 'Angiv kilden til tallet.',
					}),
				},
			)
			.meta(
				cms({
					label: 'Kilde',
					hint: {
						en: 'Where the number comes from. A number without a source is refused.',
						da: 'Hvor tallet kommer fra. Et tal uden kilde bliver afvist.',
					},
				}),
			),
		order: order(),
	})
	.refine((figure) => (figure.value === undefined) !== (figure.items === undefined), {
		error: editorError({
			en: 'Give either a number (value) or a list (items), not both and not neither.',
			da: 'Udfyld enten et tal eller en liste – ikke begge og ikke ingen af dem.',
		}),
		path: ['value'],
	})
	// A list is a ranking and only a ranking is a list, so a list never passes for a count without a value.
	.refine((figure) => (figure.items !== undefined) === (figure.unit === 'ranking'), {
		error: editorError({
			en: 'A list (items) has the unit ranking, and a figure with the unit ranking has a list.',
			da: 'En liste (items) har enheden ranking, og et tal med enheden ranking har en liste.',
		}),
		path: ['unit'],
	})
	// Partners reuse the data: each source says where to find it, or plainly why it cannot be found.
	.refine((figure) => (figure.source.url === undefined) !== (figure.source.noUrl === undefined), {
		error: editorError({
			en: 'Give the source either a web address (url) or the reason it has none (noUrl), not both.',
			da: 'Giv kilden enten en webadresse (url) eller grunden til, at den ingen har (noUrl), ikke begge.',
		}),
		path: ['source', 'url'],
	});

export type Figure = z.infer<typeof figureSchema>;
