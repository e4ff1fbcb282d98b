import { pageDefinition } from './pages.ts';
import { alternatePaths, isListingPart, parseRoutePath } from './routes.ts';

/**
 * Whether a built page belongs in the sitemap: a route of ours whose page the registry marks as
 * indexed, and not a filter or later page of a list. Anything else (the CMS at /admin/, the 404) stays out.
 */
export function inSitemap(url: string): boolean {
	const route = parseRoutePath(new URL(url).pathname);
	return route !== undefined && pageDefinition(route.page).indexed && !isListingPart(route);
}

/** The `hreflang` alternates of a sitemap URL: the same page in every language it exists in. */
export function sitemapAlternates(url: string, site: string): { url: string; lang: string }[] {
	const route = parseRoutePath(new URL(url).pathname);
	if (!route) return [];
	return Object.entries(alternatePaths(route)).map(([lang, path]) => ({
		lang,
		url: new URL(path, site).href,
	}));
}
