import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { createHash } from 'node:crypto';
import type { SitePage } from './sitePaths.ts';

/**
 * The cache key of every page for Astro's incremental build (`experimental.incrementalBuild`): a
 * page whose key and code are the same as in the last build is copied from the cache instead of
 * rendered. Astro itself hashes each route's module graph (components, layouts, the UI strings in
 * src/i18n/strings/, CSS) and the config; it hashes no content, so the key must hold every entry a
 * page shows. Leaving one out makes the page stale, which tests/unit/incremental-build.test.ts
 * catches by comparing a warm build with a cold one file by file.
 */

/** The collections any page may read while it renders: the header, footer, sections, JSON-LD. */
const sharedCollections = [
	'values',
	'faqs',
	'offices',
	'figures',
	'pages',
	'settings',
] as const satisfies readonly CollectionKey[];

// A collection added to content.config.ts must be named above (or be `stories`), or it stops
// type-checking here: a page showing it would otherwise never be rendered again when it changes.
type Unkeyed = Exclude<CollectionKey, (typeof sharedCollections)[number] | 'stories'>;
const everyCollectionKeyed: [Unkeyed] extends [never] ? true : Unkeyed = true;

/**
 * The middleware that narrows each page's policy runs on every page but is in no route's module
 * graph, so Astro would not see it change: its sources (and the rest of src/security/) go into
 * every key.
 */
const middlewareSources = import.meta.glob<string>('../security/*.ts', {
	query: '?raw',
	import: 'default',
	eager: true,
});

function digest(...parts: unknown[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		hash.update(typeof part === 'string' ? part : (JSON.stringify(part) ?? 'undefined'));
		hash.update('\0');
	}
	return hash.digest('base64url');
}

/** What a list shows of a story: its data (title, summary, date, office…), never its text. */
const listed = (story: CollectionEntry<'stories'>) => ({ id: story.id, data: story.data });

/**
 * A key for each page, by the page's props:
 * - every page: every entry of the shared collections (an office's name shows on story cards,
 *   settings in the footer, page texts in headings) and the middleware's sources;
 * - a story's page: its own entry, with its rendered text (the office it names is shared);
 * - a page of a list or filter: the stories it lists, the filter links (built from every story) and
 *   its neighbours, all in its props;
 * - every other page, an office's included (the home shows the newest stories; a section may list
 *   them): its entry if it has one, and every story's data in its language. These are a few pages
 *   per language, cheap to render again.
 */
export async function pageCacheKeys(pages: SitePage[]): Promise<Map<SitePage, string>> {
	void everyCollectionKeyed;
	const shared = digest(
		middlewareSources,
		...(await Promise.all(sharedCollections.map((name) => getCollection(name)))),
	);
	const stories = await getCollection('stories');
	const storiesIn = new Map<string, string>();
	const storiesOf = (locale: string) => {
		if (!storiesIn.has(locale)) {
			const own = stories.filter((story) => story.id.startsWith(`${locale}/`));
			storiesIn.set(locale, digest(own.map(listed)));
		}
		return storiesIn.get(locale)!;
	};
	// Every page of a language's list carries the same facets object: hashed once.
	const facetDigests = new WeakMap<object, string>();
	const facetsOf = (facets: object) => {
		if (!facetDigests.has(facets)) facetDigests.set(facets, digest(facets));
		return facetDigests.get(facets)!;
	};
	return new Map(
		pages.map((page) => {
			const { route, entry, listing } = page;
			if (entry?.collection === 'stories') return [page, digest(shared, route, entry)];
			if (listing) {
				const { stories: slice, facets, ...rest } = listing;
				return [page, digest(shared, rest, facetsOf(facets), slice.map(listed))];
			}
			return [page, digest(shared, route, entry ?? null, storiesOf(route.locale))];
		}),
	);
}
