import { isPartial, type Locale } from '../i18n/locales.ts';
import type { SearchKind } from '../search/searchKinds.ts';
import type { Section } from './sectionRoutes.ts';

/**
 * One fixed page of the site. Its URL segment is the `route.<key>` string and its link text the
 * `nav.<key>` string of each language; its text is the `pages` content entry `<locale>/<key>`.
 */
export interface PageDefinition {
	/**
	 * What the page shows below its text, drawn from the other collections: a component in
	 * `src/components/sections/`, by the name src/routing/sectionRoutes.ts gives it (named, not
	 * imported, so this registry stays importable where `.astro` files are not: the Astro config,
	 * unit tests).
	 */
	section?: Section;
	/** In the header navigation, in registry order: a plain link, or the call to action. */
	nav?: 'link' | 'cta';
	/** In the footer: among the site's sections, or among the pages about the site. */
	footer?: 'sections' | 'more';
	/** What the site search files the page under; `false` keeps it out of the search index. */
	search: SearchKind | false;
	/** The section lists other pages' entries (teasers, lists): search finds the entry itself instead. */
	sectionRepeatsEntries?: boolean;
	/** Indexed by search engines: in the sitemap and the site index, without `noindex`. */
	indexed: boolean;
	/** A collection whose entries each get a page below this one (`/historier/<key>/`). */
	entries?: { collection: 'stories' | 'offices'; search: SearchKind };
	/**
	 * The languages the page exists in: every language when left out; `'complete'`, only the
	 * complete ones (Danish and English). A partial language (the mentee's path) has every page
	 * without it, and its strings file needs the `route.*` and `nav.*` strings of those pages only
	 * (src/i18n/strings/partial.ts reads them from here). A flag rather than a list of languages:
	 * the languages are their strings files, which are typed against this registry.
	 */
	locales?: 'complete';
	/**
	 * The page lists its entries newest first, `pageSize` a page with previous/next links
	 * (`/historier/side/2/`), and one list per value of each facet (`/historier/kontor/fyn/`,
	 * paged the same way). Those derived pages are `noindex` and out of the sitemap: the first page
	 * is the one to find, and every entry is in the sitemap itself
	 * (docs/decisions/0008-derived-story-pages-noindex.md).
	 * The feed beside it carries the newest `feedSize` entries. Twenty a page, as GOV.UK's finders
	 * show: a reader on a phone pages less, and a list page still fits the first round trip.
	 */
	listing?: { pageSize: number; feedSize: number; facets: readonly ListingFacet[] };
}

/** What a list of stories can be narrowed by: a story field with one value per story. */
export type ListingFacet = 'office' | 'profession' | 'country';

/**
 * Every fixed page, in the order the navigation, the footer and the site index list them. The one
 * place a page is defined: routes, navigation, footer, sitemap, search and static paths derive from it.
 */
export const pages = {
	home: {
		section: 'HomeSection',
		footer: 'sections',
		search: 'page',
		sectionRepeatsEntries: true,
		indexed: true,
	},
	about: {
		section: 'AboutSection',
		nav: 'link',
		footer: 'sections',
		search: 'page',
		indexed: true,
		locales: 'complete',
	},
	values: {
		section: 'ValuesSection',
		nav: 'link',
		footer: 'sections',
		search: 'value',
		indexed: true,
		locales: 'complete',
	},
	mentees: {
		section: 'RoleSection',
		nav: 'link',
		footer: 'sections',
		search: 'page',
		indexed: true,
	},
	mentors: {
		section: 'RoleSection',
		nav: 'link',
		footer: 'sections',
		search: 'page',
		indexed: true,
		locales: 'complete',
	},
	stories: {
		section: 'StoriesSection',
		nav: 'link',
		footer: 'sections',
		search: 'page',
		sectionRepeatsEntries: true,
		indexed: true,
		entries: { collection: 'stories', search: 'story' },
		locales: 'complete',
		listing: { pageSize: 20, feedSize: 20, facets: ['office', 'profession', 'country'] },
	},
	faq: {
		section: 'FaqSection',
		nav: 'link',
		footer: 'sections',
		search: 'faq',
		indexed: true,
	},
	offices: {
		section: 'OfficesSection',
		nav: 'link',
		footer: 'sections',
		search: 'page',
		sectionRepeatsEntries: true,
		indexed: true,
		entries: { collection: 'offices', search: 'office' },
	},
	model: {
		section: 'ModelSection',
		nav: 'link',
		footer: 'sections',
		search: 'page',
		indexed: true,
		locales: 'complete',
	},
	kvinfo: { footer: 'more', search: 'page', indexed: true, locales: 'complete' },
	signup: {
		section: 'SignupSection',
		nav: 'cta',
		footer: 'sections',
		search: 'page',
		indexed: true,
	},
	// The confirmation makes sense only after signing up: not indexed, not searched, not listed.
	thanks: { search: false, indexed: false },
	search: {
		section: 'SearchSection',
		footer: 'more',
		search: false,
		indexed: true,
	},
	// A person to reach, in every language: the question form and the contact details editors enter.
	// In the header's menu on every page, so she never has to find the footer to ask.
	contact: {
		section: 'ContactSection',
		nav: 'link',
		footer: 'sections',
		search: 'page',
		indexed: true,
	},
	// The confirmation of a question, like the sign-up's: not indexed, not searched, not listed.
	asked: { search: false, indexed: false },
	privacy: { section: 'ContactDetailsSection', footer: 'more', search: 'page', indexed: true },
	accessibility: {
		section: 'ContactDetailsSection',
		footer: 'more',
		search: 'page',
		indexed: true,
		locales: 'complete',
	},
	// Every language by its own name; reached from every page's header by a globe, not by a word.
	languages: {
		section: 'LanguagesSection',
		footer: 'more',
		search: 'page',
		indexed: true,
	},
} as const satisfies Record<string, PageDefinition>;

export type PageKey = keyof typeof pages;

/** The page keys in registry order. */
export const pageKeys = Object.keys(pages) as PageKey[];

/** The definition of `page`, typed as the interface (optional fields readable on every page). */
export function pageDefinition(page: PageKey): PageDefinition {
	return pages[page];
}

/** Pages whose entries each get a page of their own below the list page. */
export type EntryPageKey = {
	[K in PageKey]: (typeof pages)[K] extends { entries: object } ? K : never;
}[PageKey];

/** The pages that exist only in the complete languages: the ones a partial language lacks. */
export type CompleteOnlyPage = {
	[K in PageKey]: (typeof pages)[K] extends { locales: 'complete' } ? K : never;
}[PageKey];

/** True when `page` exists in `locale`. */
export function pageExistsIn(page: PageKey, locale: Locale): boolean {
	return pageDefinition(page).locales !== 'complete' || !isPartial(locale);
}

/** The pages of `locale` whose definition passes `test`, in registry order. */
export function pagesWhere(
	locale: Locale,
	test: (definition: PageDefinition) => boolean,
): PageKey[] {
	return pageKeys.filter((page) => pageExistsIn(page, locale) && test(pageDefinition(page)));
}
