import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';
import { parseRoutePath } from '../../src/i18n/routes.ts';

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

/** WCAG 2.2 A and AA, as axe-core tags them. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
