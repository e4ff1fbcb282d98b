import { z } from 'astro/zod';
import { cms, order, text } from './fields.ts';

/** One of the network's values, shown in order on the values page. The body is the full text. */
export const valueSchema = z.object({
	title: text({ en: 'Add the name of the value.', da: 'Skriv værdiens navn.' }, 120).meta(
		cms({
			label: 'Navn',
			hint: {
				en: 'The name of the value, e.g. "Focus on equality".',
				da: 'Værdiens navn, fx »Fokus på ligestilling«.',
			},
		}),
	),
	order: order(),
	summary: text(
		{
			en: 'Add a short summary of the value (one or two sentences).',
			da: 'Skriv et kort resumé af værdien (en eller to sætninger).',
		},
		400,
	).meta(
		cms({
			label: 'Resumé',
			hint: {
				en: 'One or two sentences shown in the list of values and in search results.',
				da: 'En eller to sætninger, der vises i listen over værdier og i søgeresultater.',
			},
		}),
	),
});

export type Value = z.infer<typeof valueSchema>;
