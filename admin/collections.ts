import { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { faqSchema } from '../src/schemas/faqs.ts';
import { figureSchema } from '../src/schemas/figures.ts';
import { officeSchema } from '../src/schemas/offices.ts';
import { pageSchema } from '../src/schemas/pages.ts';
import { settingsSchema } from '../src/schemas/settings.ts';
import { storySchema } from '../src/schemas/stories.ts';
import { valueSchema } from '../src/schemas/values.ts';
import { cmsFields, interfaceLocale } from './fields.ts';
import type { EditorMessage } from '../src/schemas/fields.ts';
import { completeLocales, defaultLocale } from '../src/i18n/locales.ts';
import { routePath, type Route } from '../src/routing/routes.ts';
// The collections the partial languages (the mentee's path) have entries in; every other
// collection is edited in Danish and English only.
import { partialCollections } from '../src/collections/coverage.ts';

/**
 * The story schema with plain stand-ins for what the content layer adds: in the CMS the picture is a
 * file path and the office a key, chosen through the widgets their fields name in
 * src/schemas/stories.ts. The build checks both for real.
 */
export const storyFormSchema = storySchema({ image: () => z.string(), office: z.string() });

/** One content collection as the CMS shows it. */
export interface CollectionSpec {
	name: string;
	label: string;
	labelSingular: string;
	schema: z.ZodObject;
	/** Markdown with frontmatter and a body, or a YAML data file. */
	format: 'markdown' | 'yaml';
	/** The field the list of entries shows and new file names are made from. */
	identifier: string;
	/** False for settings: one entry per language that exists already. */
	create?: boolean;
	/** The body's label and what it is for, for Markdown collections (the body is not in the schema). */
	body?: { label: string; hint: EditorMessage };
}

/**
 * Every collection of `content/`, as the CMS lists it (labels in Danish, the editors' language). What
 * editors read about each field (label, hint, messages) is on the field's schema in src/schemas.
 */
export const collectionSpecs: CollectionSpec[] = [
	{
		name: 'stories',
		label: 'Historier',
		labelSingular: 'Historie',
		schema: storyFormSchema,
		format: 'markdown',
		identifier: 'title',
		body: {
			label: 'Historien',
			hint: {
				en: 'The story itself, as the page shows it. Headings, bold text and links are possible.',
				da: 'Selve historien, som siden viser den. Du kan bruge overskrifter, fed skrift og links.',
			},
		},
	},
	{
		name: 'faqs',
		label: 'Spørgsmål og svar',
		labelSingular: 'Spørgsmål',
		schema: faqSchema,
		format: 'markdown',
		identifier: 'question',
		body: {
			label: 'Svar',
			hint: {
				en: 'The answer, in plain words. It is shown when a visitor opens the question.',
				da: 'Svaret i et enkelt sprog. Det vises, når en besøgende åbner spørgsmålet.',
			},
		},
	},
	{
		name: 'values',
		label: 'Værdier',
		labelSingular: 'Værdi',
		schema: valueSchema,
		format: 'markdown',
		identifier: 'title',
		body: {
			label: 'Tekst',
			hint: {
				en: 'The full text of the value, shown on the values page.',
				da: 'Værdiens fulde tekst, som vises på siden om værdierne.',
			},
		},
	},
	{
		name: 'offices',
		label: 'Kontorer',
		labelSingular: 'Kontor',
		schema: officeSchema,
		format: 'markdown',
		identifier: 'name',
		body: {
			label: 'Om kontoret',
			hint: {
				en: "A few words about the office, shown on the office's page. Optional.",
				da: 'Lidt om kontoret, som vises på kontorets side. Valgfrit.',
			},
		},
	},
	{
		name: 'figures',
		label: 'Nøgletal',
		labelSingular: 'Nøgletal',
		schema: figureSchema,
		format: 'yaml',
		identifier: 'label',
	},
	{
		name: 'pages',
		label: 'Sidetekster',
		labelSingular: 'Side',
		schema: pageSchema,
		format: 'markdown',
		identifier: 'title',
		body: {
			label: 'Tekst',
			hint: {
				en: "The page's text. Headings, bold text and links are possible.",
				da: 'Sidens tekst. Du kan bruge overskrifter, fed skrift og links.',
			},
		},
	},
	{
		name: 'settings',
		label: 'Indstillinger',
		labelSingular: 'Indstillinger',
		schema: settingsSchema,
		format: 'yaml',
		identifier: 'organisation',
		create: false,
	},
];

/**
 * The Danish page an entry is shown on, as Decap's `preview_path` (with `{{slug}}`, the entry's key):
 * Decap has one preview path per collection, filled from the default language's entry, so "Vis på
 * siden" opens the Danish page; its language switch leads to the others. Stories and offices have a
 * page each; questions and values are shown on one page each. Key figures are spread over several
 * pages, a fixed page's key is not its URL segment (`about` is /om-netvaerket/, which a Decap template
 * cannot look up) and settings are on every page: those open the front page (Decap's fallback).
 */
export const previewPages: Partial<Record<string, Route>> = {
	stories: { locale: defaultLocale, page: 'stories', entry: '{{slug}}' },
	offices: { locale: defaultLocale, page: 'offices', entry: '{{slug}}' },
	faqs: { locale: defaultLocale, page: 'faq' },
	values: { locale: defaultLocale, page: 'values' },
};

/** The Decap collection for one spec: `content/<name>/<locale>/<key>.<ext>`, as the site loads it. */
export function cmsCollection(spec: CollectionSpec): CmsCollection {
	const fields: CmsField[] = cmsFields(spec.schema.shape);
	if (spec.body) {
		fields.push({
			name: 'body',
			label: spec.body.label,
			hint: spec.body.hint[interfaceLocale],
			widget: 'markdown',
			i18n: true,
		} as CmsField);
	}
	return {
		name: spec.name,
		label: spec.label,
		label_singular: spec.labelSingular,
		folder: `content/${spec.name}`,
		create: spec.create ?? true,
		delete: spec.create ?? true,
		identifier_field: spec.identifier,
		...(previewPages[spec.name] && { preview_path: routePath(previewPages[spec.name]!) }),
		summary: `{{${spec.identifier}}}`,
		slug: '{{slug}}',
		...(spec.format === 'markdown'
			? { extension: 'md', format: 'frontmatter' }
			: { extension: 'yaml', format: 'yaml' }),
		i18n: partialCollections.has(spec.name)
			? true
			: { structure: 'multiple_folders', locales: completeLocales, default_locale: defaultLocale },
		fields,
	} as CmsCollection;
}
