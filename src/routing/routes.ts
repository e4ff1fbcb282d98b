import { defaultLocale, locales, t, type Locale } from '../i18n/locales.ts';

/**
 * The fixed pages of the site. Each has a `route.<key>` string per language (its URL segment) and a
 * `pages` content entry of the same key holding its text. Stories and offices add one page per entry
 * below their list page.
 */
export const pageKeys = [
	'home',
	'about',
	'values',
	'mentees',
	'mentors',
	'stories',
	'faq',
	'offices',
	'model',
	'kvinfo',
	'signup',
	'thanks',
	'search',
	'privacy',
	'accessibility',
] as const;
export type PageKey = (typeof pageKeys)[number];

/** Pages whose entries each get a page of their own below the list page. */
export const entryPageKeys = ['stories', 'offices'] as const satisfies readonly PageKey[];
export type EntryPageKey = (typeof entryPageKeys)[number];

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

/** The same route in every language, keyed by language: the language switcher and `hreflang`. */
export function alternatePaths(route: Route): Record<Locale, string> {
	return Object.fromEntries(
		locales.map((locale) => [locale, routePath({ ...route, locale })]),
	) as Record<Locale, string>;
}

/** Reads a URL path back into a route, or undefined when it is none of ours (e.g. /404.html). */
export function parseRoutePath(pathname: string): Route | undefined {
	const segments = pathname.split('/').filter(Boolean);
	const locale = locales.find((l) => l !== defaultLocale && segments[0] === l) ?? defaultLocale;
	const rest = (locale === defaultLocale ? segments : segments.slice(1)).join('/');
	for (const page of pageKeys) {
		const slug = t(locale, `route.${page}`);
		if (rest === slug) return { locale, page };
		const isEntryPage = (entryPageKeys as readonly string[]).includes(page);
		if (isEntryPage && slug && rest.startsWith(`${slug}/`)) {
			const entry = rest.slice(slug.length + 1);
			if (entry && !entry.includes('/')) return { locale, page, entry };
		}
	}
	return undefined;
}
