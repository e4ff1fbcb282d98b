import type { CollectionEntry } from 'astro:content';
import { locales } from '../i18n/locales.ts';
import { pageDefinition, pageExistsIn, pageKeys } from '../routing/pages.ts';
import { routePath, type Route } from '../routing/routes.ts';
import { entryKey } from '../entries/entryKey.ts';
import { localizedEntries } from './localizedEntries.ts';
import { listingPages, type ListingPage } from './listingPages.ts';
import { newestFirst } from './pageEntries.ts';

/** A story or an office: the entries that get a page of their own. */
export type PageEntry = CollectionEntry<'stories'> | CollectionEntry<'offices'>;

/**
 * Every page of the site in every language it exists in, as Astro's static paths for the catch-all
 * route. An entry page gets its entry in props, so the page never reads it again; a list page, its
 * filter pages and later pages get their slice of the list.
 */
export async function sitePaths() {
	const paths: { route: Route; entry?: PageEntry; listing?: ListingPage }[] = [];
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
	return paths.map((props) => ({
		params: { path: routePath(props.route).slice(1, -1) || undefined },
		props,
	}));
}
