import { z } from 'astro/zod';
import { text, translation } from './fields.ts';

/** The long-form text of a fixed page (about, for mentees, privacy notice…). The body is the text. */
export const pageSchema = z.object({
	/** The page's main heading. */
	title: text('Add the page title.', 120),
	/** One sentence for search engines and link previews. */
	description: text('Add a one-sentence description of the page.', 300),
	/** A short introduction shown large under the heading. */
	lead: text('Write the introduction, or leave the field out.', 600).optional(),
	/** When the text was last reviewed; shown on notices such as the privacy notice. */
	updated: z.coerce.date({ error: 'Write the date as YYYY-MM-DD.' }).optional(),
	/** That the entry is a translation, from which language, and whether it has been checked. */
	translation: translation(),
});

export type Page = z.infer<typeof pageSchema>;
