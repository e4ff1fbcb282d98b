import { defineCollection, reference } from 'astro:content';
import { faqSchema } from './schemas/faqs.ts';
import { figureSchema } from './schemas/figures.ts';
import { officeSchema } from './schemas/offices.ts';
import { pageSchema } from './schemas/pages.ts';
import { existingEntry } from './schemas/references.ts';
import { settingsSchema } from './schemas/settings.ts';
import { storySchema } from './schemas/stories.ts';
import { valueSchema } from './schemas/values.ts';
import { entryIds } from './collections/entryIds.ts';
import { localizedGlob } from './collections/localizedGlob.ts';

const markdown = ['md', 'mdx'];
const data = ['yaml', 'yml'];

/**
 * A story's office: one of the offices' entries, refused by name if missing (Astro's reference() only
 * logs it). Astro builds a story's schema once per entry; a build reads the offices once, while
 * `astro dev` reads them for each entry, so an office an editor has just added can be chosen at once.
 */
const storyOffice = () =>
	existingEntry('offices', entryIds('./content/offices')).pipe(reference('offices'));
const buildOffice = import.meta.env.PROD ? storyOffice() : undefined;

export const collections = {
	values: defineCollection({
		loader: localizedGlob('values', { extensions: markdown }),
		schema: valueSchema,
	}),
	faqs: defineCollection({
		loader: localizedGlob('faqs', { extensions: markdown }),
		schema: faqSchema,
	}),
	offices: defineCollection({
		loader: localizedGlob('offices', { extensions: markdown }),
		schema: officeSchema,
	}),
	stories: defineCollection({
		loader: localizedGlob('stories', {
			extensions: markdown,
			references: ['office'],
			retainBody: false,
		}),
		schema: ({ image }) => storySchema({ image, office: buildOffice ?? storyOffice() }),
	}),
	figures: defineCollection({
		loader: localizedGlob('figures', { extensions: data }),
		schema: figureSchema,
	}),
	pages: defineCollection({
		loader: localizedGlob('pages', { extensions: markdown }),
		schema: pageSchema,
	}),
	settings: defineCollection({
		loader: localizedGlob('settings', { extensions: data }),
		schema: settingsSchema,
	}),
};
