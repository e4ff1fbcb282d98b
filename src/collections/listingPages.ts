import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { entryKey } from '../entries/entryKey.ts';
import { pageDefinition, type ListingFacet, type PageKey } from '../routing/pages.ts';
import { routePath, type Route } from '../routing/routes.ts';
import { valueSlug } from '../routing/valueSlug.ts';

type Story = CollectionEntry<'stories'>;

/** One value of a facet, as the filter links show it. */
export interface FacetValue {
	value: string;
	label: string;
	path: string;
}

/** One page of a list: its stories, the filter links, and its neighbours. */
export interface ListingPage {
	route: Route;
	stories: Story[];
	/** Every facet with its values, the same object on every page of the language. */
	facets: { facet: ListingFacet; values: FacetValue[] }[];
	/** The value the list is narrowed to, as readers read it. */
	filterLabel?: string;
	previous?: string;
	next?: string;
}

/**
 * Every page of the listing of `page` in `locale`: the whole list and the list of each facet value,
 * each cut into pages of the registry's `pageSize`. `stories` come newest first.
 */
export function listingPages(
	locale: Locale,
	page: PageKey,
	stories: Story[],
	offices: CollectionEntry<'offices'>[],
): ListingPage[] {
	const listing = pageDefinition(page).listing;
	if (!listing) return [];
	const officeNames = new Map(offices.map((office) => [entryKey(office.id), office.data.name]));
	const groups = listing.facets.map((facet) => {
		const values = new Map<string, { label: string; stories: Story[] }>();
		for (const story of stories) {
			const raw = facetValue(story, facet);
			if (raw === undefined) continue;
			const value = facet === 'office' ? raw : valueSlug(raw);
			if (!value) continue;
			const label = facet === 'office' ? (officeNames.get(raw) ?? raw) : raw;
			const group = values.get(value) ?? values.set(value, { label, stories: [] }).get(value)!;
			group.stories.push(story);
		}
		return { facet, values };
	});
	const facets = groups.map(({ facet, values }) => ({
		facet,
		values: [...values]
			.map(([value, { label }]) => ({
				value,
				label,
				path: routePath({ locale, page, filter: { facet, value } }),
			}))
			.toSorted((a, b) => a.label.localeCompare(b.label, locale)),
	}));
	const pages = paged({ locale, page }, stories, listing.pageSize, facets);
	for (const { facet, values } of groups) {
		for (const [value, group] of values) {
			const route = { locale, page, filter: { facet, value } };
			pages.push(...paged(route, group.stories, listing.pageSize, facets, group.label));
		}
	}
	return pages;
}

function facetValue(story: Story, facet: ListingFacet): string | undefined {
	if (facet === 'office') return entryKey(story.data.office.id);
	return story.data[facet]?.trim() || undefined;
}

function paged(
	route: Route,
	stories: Story[],
	size: number,
	facets: ListingPage['facets'],
	filterLabel?: string,
): ListingPage[] {
	const count = Math.max(1, Math.ceil(stories.length / size));
	const at = (n: number) => routePath({ ...route, pageNumber: n });
	return Array.from({ length: count }, (_, i) => ({
		route: i === 0 ? route : { ...route, pageNumber: i + 1 },
		stories: stories.slice(i * size, (i + 1) * size),
		facets,
		filterLabel,
		previous: i > 0 ? at(i) : undefined,
		next: i + 1 < count ? at(i + 2) : undefined,
	}));
}
