import { defaultLocale, locales, t, type Locale } from '../i18n/locales.ts';
import {
	pageDefinition,
	pageExistsIn,
	pageKeys,
	type ListingFacet,
	type PageKey,
} from './pages.ts';

export { pageKeys, type PageKey } from './pages.ts';

/** Where a URL points: a fixed page, or one entry below a list page. */
export interface Route {
	locale: Locale;
	page: PageKey;
	/** The entry's language-neutral key (its file name), for story and office pages. */
	entry?: string;
	/** On a page with a listing: the facet and value slug the list is narrowed to. */
	filter?: { facet: ListingFacet; value: string };
	/** On a page with a listing: the page number, when it is not the first. */
	pageNumber?: number;
}

/** A page derived from a listing (a filter or a later page): not the list page itself. */
export function isListingPart({ filter, pageNumber }: Route): boolean {
	return filter !== undefined || (pageNumber ?? 1) > 1;
}

/** The URL path of a route, with leading and trailing slashes: `/en/stories/nadia/`. */
export function routePath({ locale, page, entry, filter, pageNumber }: Route): string {
	const segments = [
		locale === defaultLocale ? '' : locale,
		t(locale, `route.${page}`),
		entry ?? '',
		filter ? `${t(locale, `route.facet.${filter.facet}`)}/${filter.value}` : '',
		pageNumber && pageNumber > 1 ? `${t(locale, 'route.pageNumber')}/${pageNumber}` : '',
	].filter(Boolean);
	return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * The same route in every language the page exists in, keyed by language: the language switch and
 * `hreflang` offer only pages that exist.
 */
export function alternatePaths(route: Route): Partial<Record<Locale, string>> {
	return Object.fromEntries(
		locales
			.filter((locale) => pageExistsIn(route.page, locale))
			.map((locale) => [
				locale,
				routePath(locale === route.locale ? route : { ...counterpart(route), locale }),
			]),
	);
}

/**
 * The same route as another language has it. A profession or country is written in each language
 * (its slug differs), and page numbers need not line up, so a filter or later page offers the other
 * language's list, or its office filter: office keys are the same in every language.
 */
function counterpart(route: Route): Route {
	if (!isListingPart(route)) return route;
	const { locale, page, filter } = route;
	return filter?.facet === 'office' ? { locale, page, filter } : { locale, page };
}

/** Reads a URL path back into a route, or undefined when it is none of ours (e.g. /404.html). */
export function parseRoutePath(pathname: string): Route | undefined {
	const segments = pathname.split('/').filter(Boolean);
	const locale = locales.find((l) => l !== defaultLocale && segments[0] === l) ?? defaultLocale;
	const rest = (locale === defaultLocale ? segments : segments.slice(1)).join('/');
	for (const page of pageKeys) {
		if (!pageExistsIn(page, locale)) continue;
		const slug = t(locale, `route.${page}`);
		if (rest === slug) return { locale, page };
		if (!slug || !rest.startsWith(`${slug}/`)) continue;
		const parts = rest.slice(slug.length + 1).split('/');
		const listing = pageDefinition(page).listing;
		if (listing) {
			const route = listingRoute(locale, page, listing.facets, parts);
			if (route) return route;
		}
		if (pageDefinition(page).entries && parts.length === 1 && parts[0]) {
			return { locale, page, entry: parts[0] };
		}
	}
	return undefined;
}

/** Reads `<facet>/<value>/`, `<facet>/<value>/<page>/<n>/` or `<page>/<n>/` below a list page. */
function listingRoute(
	locale: Locale,
	page: PageKey,
	facets: readonly ListingFacet[],
	parts: string[],
): Route | undefined {
	const route: Route = { locale, page };
	const facet = facets.find((f) => parts[0] === t(locale, `route.facet.${f}`));
	if (facet && parts[1]) {
		route.filter = { facet, value: parts[1] };
		parts = parts.slice(2);
	}
	if (parts.length === 2 && parts[0] === t(locale, 'route.pageNumber')) {
		const n = Number(parts[1]);
		if (!Number.isInteger(n) || n < 2 || String(n) !== parts[1]) return undefined;
		route.pageNumber = n;
		parts = [];
	}
	return parts.length === 0 && isListingPart(route) ? route : undefined;
}
