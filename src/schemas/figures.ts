import { z } from 'astro/zod';
import { date, order, say, text, url } from './fields.ts';

/** What kind of number a figure is, so pages can format it. */
export const figureUnits = ['count', 'percent', 'year'] as const;

/**
 * A key figure. Every figure carries the date it was true and where it comes from: a number without
 * both is refused. A figure is either a number (`value`) or a ranked list (`items`).
 */
export const figureSchema = z
	.object({
		/** What the number counts, e.g. "Mentors since 2002". */
		label: text(
			{ en: 'Add a label saying what the figure counts.', da: 'Skriv, hvad tallet tæller.' },
			120,
		),
		/** The number itself. */
		value: z
			.number({
				error: say({
					en: 'Write the figure as a number, without dots or spaces.',
					da: 'Skriv tallet som et tal uden punktummer eller mellemrum.',
				}),
			})
			.optional(),
		/** True when the source says "more than" or "over" the value. */
		atLeast: z.boolean().default(false),
		/** How to read the number. */
		unit: z
			.enum(figureUnits, {
				error: say({
					en: `Choose a unit: ${figureUnits.join(', ')}.`,
					da: `Vælg en enhed: ${figureUnits.join(', ')}.`,
				}),
			})
			.default('count'),
		/** For a ranked list, such as the ten most represented countries: the items in order. */
		items: z
			.array(
				text(
					{ en: 'A list item cannot be empty.', da: 'Et punkt på listen må ikke være tomt.' },
					80,
				),
			)
			.optional(),
		/** The date the figure was true. */
		asOf: date({
			en: 'Add the date the figure was true (as of), as YYYY-MM-DD.',
			da: 'Skriv datoen, tallet gælder pr., som ÅÅÅÅ-MM-DD.',
		}),
		/** Where the figure comes from. */
		source: z.object(
			{
				/** The source as it should be cited. */
				name: text({ en: 'Name the source of the figure.', da: 'Skriv kilden til tallet.' }, 300),
				/** A public address of the source, when there is one. */
				url: url({
					en: 'Write the source address starting with https://.',
					da: 'Skriv kildens adresse, så den begynder med https://.',
				}).optional(),
			},
			{ error: say({ en: 'Add the source of the figure.', da: 'Angiv kilden til tallet.' }) },
		),
		/** Position in lists: 1 is shown first. */
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
