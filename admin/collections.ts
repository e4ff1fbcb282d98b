import { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { faqSchema } from '../src/schemas/faqs.ts';
import { figureSchema } from '../src/schemas/figures.ts';
import { officeSchema } from '../src/schemas/offices.ts';
import { pageSchema } from '../src/schemas/pages.ts';
import { settingsSchema } from '../src/schemas/settings.ts';
import { storySchema } from '../src/schemas/stories.ts';
import { valueSchema } from '../src/schemas/values.ts';
import { cmsFields, interfaceLocale, type FieldHint } from './fields.ts';
import type { EditorMessage } from '../src/schemas/fields.ts';
import { completeLocales, defaultLocale } from '../src/i18n/locales.ts';
import { routePath, type Route } from '../src/routing/routes.ts';

/**
 * The story schema with plain stand-ins for what the content layer adds: in the CMS the picture is a
 * file path and the office a key, chosen through the widgets below. The build checks both for real.
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
	hints: Record<string, FieldHint>;
	/** False for settings: one entry per language that exists already. */
	create?: boolean;
	/** The body's label and what it is for, for Markdown collections (the body is not in the schema). */
	body?: { label: string; hint: EditorMessage };
}

/**
 * The collections the partial languages (the mentee's path) have entries in
 * (src/collections/coverage.ts); every other collection is edited in Danish and English only.
 */
const partialCollections = new Set(['pages', 'faqs', 'offices', 'settings']);

/** Decap's word for a fact copied from Danish into every other language. */
const duplicate = 'duplicate' as const;

/** Every collection of `content/`, with the labels editors read (in Danish, the editors' language). */
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
		hints: {
			title: { label: 'Overskrift' },
			illustrative: { label: 'Illustrativ historie', i18n: duplicate },
			people: { label: 'Fornavne eller pseudonymer' },
			profession: { label: 'Menteens fag' },
			country: { label: 'Baggrundsland (kun hvis hun har sagt ja)' },
			office: {
				label: 'Kontor',
				i18n: duplicate,
				widget: {
					widget: 'relation',
					collection: 'offices',
					value_field: '{{slug}}',
					search_fields: ['name'],
					display_fields: ['name'],
				},
			},
			date: { label: 'Udgivet', i18n: duplicate },
			summary: { label: 'Resumé' },
			image: {
				label: 'Billede',
				fields: {
					src: {
						label: 'Billedfil',
						i18n: duplicate,
						widget: { widget: 'image', choose_url: false },
					},
					alt: { label: 'Alternativ tekst' },
				},
			},
			quote: { label: 'Citat' },
			tags: { label: 'Emner' },
			consent: {
				label: 'Samtykke til offentliggørelse',
				fields: {
					date: { label: 'Dato for samtykke', i18n: duplicate },
					note: { label: 'Note om samtykket' },
				},
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
		hints: {
			question: { label: 'Spørgsmål' },
			audience: { label: 'Målgruppe', i18n: duplicate },
			order: { label: 'Rækkefølge', i18n: duplicate },
			translation: {
				label: 'Oversættelse',
				fields: {
					from: { label: 'Oversat fra' },
					reviewed: { label: 'Gennemlæst af en, der taler sproget flydende' },
				},
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
		hints: {
			title: { label: 'Navn' },
			order: { label: 'Rækkefølge', i18n: duplicate },
			summary: { label: 'Resumé' },
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
		hints: {
			name: { label: 'Navn' },
			region: { label: 'Region' },
			order: { label: 'Rækkefølge', i18n: duplicate },
			offered: { label: 'Kan vælges i tilmeldingen og står på kortet', i18n: duplicate },
			sources: {
				label: 'Kilder',
				fields: {
					name: { label: 'Kilde, som den skal citeres' },
					date: { label: 'Kildens dato (eller »udateret«)' },
					url: { label: 'Kildens adresse', i18n: duplicate },
				},
			},
			established: { label: 'Oprettet (år)', i18n: duplicate },
			address: {
				label: 'Adresse',
				i18n: duplicate,
				fields: {
					street: { label: 'Gade og nummer' },
					postalCode: { label: 'Postnummer' },
					city: { label: 'By' },
				},
			},
			coordinates: {
				label: 'Koordinater (til kortet)',
				i18n: duplicate,
				fields: {
					lat: { label: 'Breddegrad' },
					lng: { label: 'Længdegrad' },
					precision: { label: 'Hvad punktet viser' },
				},
			},
			contact: {
				label: 'Kontakt',
				i18n: duplicate,
				fields: {
					email: { label: 'E-mail' },
					phone: { label: 'Telefon' },
					website: { label: 'Hjemmeside' },
				},
			},
			openingHours: { label: 'Åbningstider' },
			accessibility: { label: 'Tilgængelighed' },
			directions: { label: 'Sådan kommer du hertil' },
			translation: {
				label: 'Oversættelse',
				fields: {
					from: { label: 'Oversat fra' },
					reviewed: { label: 'Gennemlæst af en, der taler sproget flydende' },
				},
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
		hints: {
			label: { label: 'Hvad tallet tæller' },
			value: { label: 'Tal', i18n: duplicate },
			qualifier: { label: 'Sådan angiver kilden tallet', i18n: duplicate },
			unit: { label: 'Enhed', i18n: duplicate },
			items: { label: 'Liste (i rækkefølge)' },
			of: { label: 'Hvad tallet tæller eller er en andel af' },
			asOf: { label: 'Gælder pr.', i18n: duplicate },
			source: {
				label: 'Kilde',
				fields: {
					name: { label: 'Kilde, som den skal citeres' },
					url: { label: 'Kildens adresse', i18n: duplicate },
					noUrl: { label: 'Hvorfor kilden ingen adresse har' },
				},
			},
			order: { label: 'Rækkefølge', i18n: duplicate },
		},
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
		hints: {
			title: { label: 'Overskrift' },
			description: { label: 'Beskrivelse (til søgemaskiner)' },
			lead: { label: 'Indledning' },
			updated: { label: 'Senest opdateret', i18n: duplicate },
			translation: {
				label: 'Oversættelse',
				fields: {
					from: { label: 'Oversat fra' },
					reviewed: { label: 'Gennemlæst af en, der taler sproget flydende' },
				},
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
		hints: {
			organisation: { label: 'Organisationens navn' },
			tagline: { label: 'Kort beskrivelse' },
			contact: {
				label: 'Kontakt',
				i18n: duplicate,
				fields: {
					email: { label: 'E-mail' },
					phone: { label: 'Telefon' },
					address: {
						label: 'Postadresse',
						fields: {
							street: { label: 'Gade og nummer' },
							postalCode: { label: 'Postnummer' },
							city: { label: 'By' },
						},
					},
					website: { label: 'Hjemmeside' },
				},
			},
			formAction: { label: 'Tilmeldingsformularens modtager', i18n: duplicate },
			history: {
				label: 'Historie og i dag',
				fields: {
					when: { label: 'Hvornår' },
					what: { label: 'Hvad skete der' },
					source: { label: 'Kilde, med dato' },
					url: { label: 'Kildens adresse' },
				},
			},
			social: {
				label: 'Sociale medier',
				fields: { label: { label: 'Navn' }, url: { label: 'Adresse' } },
			},
			translation: {
				label: 'Oversættelse',
				fields: {
					from: { label: 'Oversat fra' },
					reviewed: { label: 'Gennemlæst af en, der taler sproget flydende' },
				},
			},
		},
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
	const fields: CmsField[] = cmsFields(spec.schema.shape, spec.hints);
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
