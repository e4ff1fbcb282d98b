import { alternatePaths, parseRoutePath } from './routes.ts';

/** The `hreflang` alternates of a sitemap URL: the same page in every language. */
export function sitemapAlternates(url: string, site: string): { url: string; lang: string }[] {
	const route = parseRoutePath(new URL(url).pathname);
	if (!route) return [];
	return Object.entries(alternatePaths(route)).map(([lang, path]) => ({
		lang,
		url: new URL(path, site).href,
	}));
}
