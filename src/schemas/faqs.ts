import { z } from 'astro/zod';
import { cms, editorError, order, text, translation } from './fields.ts';

/** Who a question is for; the FAQ page groups questions by these, in this order. */
export const audiences = ['mentee', 'mentor', 'partner', 'everyone'] as const;
export type Audience = (typeof audiences)[number];

/** A frequently asked question. The body is the answer. */
export const faqSchema = z.object({
	question: text({ en: 'Write the question.', da: 'Skriv spørgsmålet.' }, 200).meta(
		cms({
			label: 'Spørgsmål',
			hint: {
				en: 'The question, as a visitor would ask it.',
				da: 'Spørgsmålet, som en besøgende ville stille det.',
			},
		}),
	),
	audience: z
		.enum(audiences, {
			error: editorError({
				en: `Choose who the question is for: ${audiences.join(', ')}.`,
				da: `Vælg, hvem spørgsmålet er til: ${audiences.join(', ')}.`,
			}),
		})
		.meta(
			cms({
				label: 'Målgruppe',
				sameInEveryLanguage: true,
				hint: {
					en: 'Who the question is for: mentee, mentor, partner (companies and organisations working with the network) or everyone. The page groups the questions by it.',
					da: 'Hvem spørgsmålet er til: mentee, mentor, partner (virksomheder og organisationer, der samarbejder med netværket) eller everyone (alle). Siden samler spørgsmålene efter det.',
				},
			}),
		),
	order: order(),
	translation: translation(),
});

export type Faq = z.infer<typeof faqSchema>;
