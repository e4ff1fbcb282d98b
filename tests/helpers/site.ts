import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';
import { parseRoutePath, type PageKey } from '../../src/routing/routes.ts';

const dist = join(import.meta.dirname, '../../dist');

/** Every page path listed in the built sitemap, e.g. `/en/stories/amal-hanne/`. */
export function sitemapPaths(): string[] {
	return readdirSync(dist)
		.filter((file) => /^sitemap-\d+\.xml$/.test(file))
		.flatMap((file) =>
			[...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
				(match) => new URL(match[1]!).pathname,
			),
		);
}

/** The language of one of the site's page paths; throws for a path that is not a page. */
export function localeOf(path: string): Locale {
	const route = parseRoutePath(path);
	if (!route) throw new Error(`${path} is not one of the site's pages`);
	return route.locale;
}

/**
 * The only pages that may load JavaScript, because they need it: search runs in the browser and the
 * sign-up and question forms are enhanced. Every other page is a content page and ships none.
 */
export const scriptedPages: readonly PageKey[] = ['search', 'signup', 'contact'];

/** True for a content page, which must load no script. */
export function isContentPage(path: string): boolean {
	const route = parseRoutePath(path);
	return route !== undefined && !scriptedPages.includes(route.page);
}

/** The phone screen the browser tests hold the site to: the header may take a quarter of its height. */
export const phone = { width: 390, height: 844 };
