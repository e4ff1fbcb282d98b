import { z } from 'astro/zod';
import { date, order, text, url } from './fields.ts';

/** What kind of number a figure is, so pages can format it. */
export const figureUnits = ['count', 'percent', 'year'] as const;

/**
 * A key figure. Every figure carries the date it was true and where it comes from: a number without
 * both is refused. A figure is either a number (`value`) or a ranked list (`items`).
 */
export const figureSchema = z
	.object({
		/** What the number counts, e.g. "Mentors since 2002". */
		label: text('Add a label saying what the figure counts.', 120),
		/** The number itself. */
		value: z.number({ error: 'Write the figure as a number, without dots or spaces.' }).optional(),
		/** True when the source says "more than" or "over" the value. */
		atLeast: z.boolean().default(false),
		/** How to read the number. */
		unit: z
			.enum(figureUnits, { error: `Choose a unit: ${figureUnits.join(', ')}.` })
			.default('count'),
		/** For a ranked list, such as the ten most represented countries: the items in order. */
		items: z.array(text('A list item cannot be empty.', 80)).optional(),
		/** The date the figure was true. */
		asOf: date('Add the date the figure was true (as of), as YYYY-MM-DD.'),
		/** Where the figure comes from. */
		source: z.object(
			{
				/** The source as it should be cited. */
				name: text('Name the source of the figure.', 300),
				/** A public address of the source, when there is one. */
				url: url('Write the source address starting with https://.').optional(),
			},
			{ error: 'Add the source of the figure.' },
		),
		/** Position in lists: 1 is shown first. */
		order: order(),
	})
	.refine((figure) => (figure.value === undefined) !== (figure.items === undefined), {
		error: 'Give either a number (value) or a list (items), not both and not neither.',
		path: ['value'],
	});

export type Figure = z.infer<typeof figureSchema>;
