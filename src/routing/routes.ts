import { defaultLocale, locales, t, type Locale } from '../i18n/locales.ts';
import { pageDefinition, pageExistsIn, pageKeys, type PageKey } from './pages.ts';

export { pageKeys, type PageKey } from './pages.ts';

/** Where a URL points: a fixed page, or one entry below a list page. */
export interface Route {
	locale: Locale;
	page: PageKey;
	/** The entry's language-neutral key (its file name), for story and office pages. */
	entry?: string;
}

/** The URL path of a route, with leading and trailing slashes: `/en/stories/nadia/`. */
export function routePath({ locale, page, entry }: Route): string {
	const segments = [
		locale === defaultLocale ? '' : locale,
		t(locale, `route.${page}`),
		entry ?? '',
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
			.map((locale) => [locale, routePath({ ...route, locale })]),
	);
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
		if (pageDefinition(page).entries && slug && rest.startsWith(`${slug}/`)) {
			const entry = rest.slice(slug.length + 1);
			if (entry && !entry.includes('/')) return { locale, page, entry };
		}
	}
	return undefined;
}
