import { z } from 'astro/zod';
import { order, text } from './fields.ts';

/** One of the network's values, shown in order on the values page. The body is the full text. */
export const valueSchema = z.object({
	/** The value's name, e.g. "Focus on equality". */
	title: text({ en: 'Add the name of the value.', da: 'Skriv værdiens navn.' }, 120),
	/** Where the value stands in the list: 1, 2, 3. */
	order: order(),
	/** One or two sentences shown in lists and search results. */
	summary: text(
		{
			en: 'Add a short summary of the value (one or two sentences).',
			da: 'Skriv et kort resumé af værdien (en eller to sætninger).',
		},
		400,
	),
});

export type Value = z.infer<typeof valueSchema>;
