import type { CollectionEntry } from 'astro:content';
import { locales } from '../i18n/locales.ts';
import { pageDefinition, pageExistsIn, pageKeys } from '../routing/pages.ts';
import { routePath, type Route } from '../routing/routes.ts';
import { sectionRoute, type SectionRoute } from '../routing/sectionRoutes.ts';
import { entryKey } from '../entries/entryKey.ts';
import { localizedEntries } from './localizedEntries.ts';
import { listingPages, type ListingPage } from './listingPages.ts';
import { newestFirst } from './pageEntries.ts';
import { pageCacheKeys } from './pageCacheKeys.ts';

/** A story or an office: the entries that get a page of their own. */
export type PageEntry = CollectionEntry<'stories'> | CollectionEntry<'offices'>;

/** What a page of the site is: the page's props, handed to its route by getStaticPaths. */
export type SitePage = {
	route: Route;
	/** The story or office an entry page shows. */
	entry?: PageEntry;
	/** This page of a list with filters and pages. */
	listing?: ListingPage;
};

/**
 * The route file that renders a page, and so the CSS it carries (Astro bundles each route's own
 * imports, never another route's): `src/pages/[...<renderer>].astro`. A story or an office is
 * rendered by `story` or `office`, every other page by the route that draws its section
 * (src/routing/sectionRoutes.ts; the text route when it names none).
 */
export type Renderer = SectionRoute | 'story' | 'office';

/** The renderer of `page`: see Renderer. */
export function rendererOf({ route, entry }: SitePage): Renderer {
	if (entry) return entry.collection === 'stories' ? 'story' : 'office';
	return sectionRoute(pageDefinition(route.page).section);
}

/**
 * Every page of the site in every language it exists in. An entry page gets its entry in props, so
 * the page never reads it again; a list page, its filter pages and later pages get their slice of
 * the list.
 */
async function allSitePages(): Promise<SitePage[]> {
	const paths: SitePage[] = [];
	for (const locale of locales) {
		for (const page of pageKeys.filter((key) => pageExistsIn(key, locale))) {
			if (pageDefinition(page).listing) {
				const stories = newestFirst(await localizedEntries('stories', locale));
				const offices = await localizedEntries('offices', locale);
				for (const listing of listingPages(locale, page, stories, offices)) {
					paths.push({ route: listing.route, listing });
				}
			} else {
				paths.push({ route: { locale, page } });
			}
			const collection = pageDefinition(page).entries?.collection;
			if (!collection) continue;
			for (const entry of await localizedEntries(collection, locale)) {
				paths.push({ route: { locale, page, entry: entryKey(entry.id) }, entry });
			}
		}
	}
	return paths;
}

/** Every page with its cache key for the incremental build (pageCacheKeys.ts); none in dev. */
async function keyedSitePages(): Promise<{ page: SitePage; cacheKey?: string }[]> {
	const pages = await allSitePages();
	if (import.meta.env.DEV) return pages.map((page) => ({ page }));
	const keys = await pageCacheKeys(pages);
	return pages.map((page) => ({ page, cacheKey: keys.get(page) }));
}

/** Every route file asks for its pages: the build works them out once (dev, on every request). */
let built: ReturnType<typeof keyedSitePages> | undefined;

/**
 * Astro's static paths for the route `src/pages/[...<renderer>].astro`: the pages that renderer
 * draws, with the rest parameter named after it, and each page's cache key.
 */
export async function sitePaths(renderer: Renderer): Promise<
	{
		params: Record<string, string | undefined>;
		props: SitePage;
		cacheKey?: string;
	}[]
> {
	const pages = import.meta.env.DEV ? keyedSitePages() : (built ??= keyedSitePages());
	return (await pages)
		.filter(({ page }) => rendererOf(page) === renderer)
		.map(({ page, cacheKey }) => ({
			params: { [renderer]: routePath(page.route).slice(1, -1) || undefined },
			props: page,
			cacheKey,
		}));
}
