import { z } from 'astro/zod';
import { order, say, text, translation } from './fields.ts';

/** Who a question is for; the FAQ page groups questions by these, in this order. */
export const audiences = ['mentee', 'mentor', 'partner', 'everyone'] as const;
export type Audience = (typeof audiences)[number];

/** A frequently asked question. The body is the answer. */
export const faqSchema = z.object({
	/** The question as a visitor would ask it. */
	question: text({ en: 'Write the question.', da: 'Skriv spørgsmålet.' }, 200),
	/** The group the question appears in. */
	audience: z.enum(audiences, {
		error: say({
			en: `Choose who the question is for: ${audiences.join(', ')}.`,
			da: `Vælg, hvem spørgsmålet er til: ${audiences.join(', ')}.`,
		}),
	}),
	/** Position within its group: 1 is shown first. */
	order: order(),
	/** That the entry is a translation, from which language, and whether it has been checked. */
	translation: translation(),
});

export type Faq = z.infer<typeof faqSchema>;
