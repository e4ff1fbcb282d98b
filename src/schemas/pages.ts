import { z } from 'astro/zod';
import { cms, editorError, text, translation } from './fields.ts';

/** The long-form text of a fixed page (about, for mentees, privacy notice…). The body is the text. */
export const pageSchema = z.object({
	title: text({ en: 'Add the page title.', da: 'Skriv sidens overskrift.' }, 120).meta(
		cms({
			label: 'Overskrift',
			hint: { en: "The page's main heading.", da: 'Sidens overskrift.' },
		}),
	),
	description: text(
		{
			en: 'Add a one-sentence description of the page.',
			da: 'Skriv en beskrivelse af siden i én sætning.',
		},
		300,
	).meta(
		cms({
			label: 'Beskrivelse (til søgemaskiner)',
			hint: {
				en: 'One sentence about the page, shown by search engines and when the page is shared.',
				da: 'Én sætning om siden, som søgemaskiner viser, og som vises, når siden deles.',
			},
		}),
	),
	lead: text(
		{
			en: 'Write the introduction, or leave the field out.',
			da: 'Skriv indledningen, eller lad feltet stå tomt.',
		},
		600,
	)
		.optional()
		.meta(
			cms({
				label: 'Indledning',
				hint: {
					en: 'A short introduction shown in large type under the heading. Optional.',
					da: 'En kort indledning, der vises med stor skrift under overskriften. Valgfri.',
				},
			}),
		),
	updated: z.coerce
		.date({
			error: editorError({
				en: 'Write the date as YYYY-MM-DD.',
				da: 'Skriv datoen som ÅÅÅÅ-MM-DD.',
			}),
		})
		.optional()
		.meta(
			cms({
				label: 'Senest opdateret',
				sameInEveryLanguage: true,
				hint: {
					en: 'When the text was last checked. Shown on pages such as the privacy notice.',
					da: 'Hvornår teksten sidst er gennemgået. Vises på sider som privatlivspolitikken.',
				},
			}),
		),
	translation: translation(),
});

export type Page = z.infer<typeof pageSchema>;
