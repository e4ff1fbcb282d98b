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
		loader: localizedGlob('stories', { extensions: markdown, references: ['office'] }),
		schema: ({ image }) =>
			storySchema({
				image,
				// Astro's reference() only logs a missing office; existingEntry makes it fail the build.
				office: existingEntry('offices', entryIds('./content/offices')).pipe(reference('offices')),
			}),
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
