import { z } from 'astro/zod';
import { say, text, translation } from './fields.ts';

/** The long-form text of a fixed page (about, for mentees, privacy notice…). The body is the text. */
export const pageSchema = z.object({
	/** The page's main heading. */
	title: text({ en: 'Add the page title.', da: 'Skriv sidens overskrift.' }, 120),
	/** One sentence for search engines and link previews. */
	description: text(
		{
			en: 'Add a one-sentence description of the page.',
			da: 'Skriv en beskrivelse af siden i én sætning.',
		},
		300,
	),
	/** A short introduction shown large under the heading. */
	lead: text(
		{
			en: 'Write the introduction, or leave the field out.',
			da: 'Skriv indledningen, eller lad feltet stå tomt.',
		},
		600,
	).optional(),
	/** When the text was last reviewed; shown on notices such as the privacy notice. */
	updated: z.coerce
		.date({
			error: say({ en: 'Write the date as YYYY-MM-DD.', da: 'Skriv datoen som ÅÅÅÅ-MM-DD.' }),
		})
		.optional(),
	/** That the entry is a translation, from which language, and whether it has been checked. */
	translation: translation(),
});

export type Page = z.infer<typeof pageSchema>;
