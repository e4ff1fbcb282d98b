import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { sortByOrder } from '../entries/sortByOrder.ts';
import { localizedEntries } from './localizedEntries.ts';

/** The collections a page's section draws its lists from. */
export type ListedCollection = 'values' | 'stories' | 'faqs' | 'offices' | 'figures';

/**
 * The entries one page reads from other collections, each collection read once per page however
 * many parts of the page show it (the FAQ list and its FAQPage data; the office list and the map).
 * Sorted as the site lists them: newest story first, everything else by its `order`.
 */
export function pageEntries(locale: Locale) {
	const read = new Map<ListedCollection, Promise<unknown>>();
	return {
		locale,
		get<C extends ListedCollection>(collection: C): Promise<CollectionEntry<C>[]> {
			if (!read.has(collection)) read.set(collection, sorted(collection, locale));
			return read.get(collection) as Promise<CollectionEntry<C>[]>;
		},
	};
}

export type PageEntries = ReturnType<typeof pageEntries>;

async function sorted<C extends ListedCollection>(collection: C, locale: Locale) {
	const entries = await localizedEntries(collection, locale);
	if (collection !== 'stories') return sortByOrder(entries as CollectionEntry<'values'>[]);
	return newestFirst(entries as CollectionEntry<'stories'>[]);
}

/** Stories newest first; stories of the same day by id, so every list and feed agrees. */
export function newestFirst(stories: CollectionEntry<'stories'>[]): CollectionEntry<'stories'>[] {
	return stories.toSorted(
		(a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
	);
}
