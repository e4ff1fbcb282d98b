import { locales } from '../i18n/locales.ts';
import { entryPageKeys, pageKeys, routePath, type Route } from '../routing/routes.ts';
import { entryKey } from '../entries/entryKey.ts';
import { localizedEntries } from './localizedEntries.ts';

/** Every page of the site in every language, as Astro's static paths for the catch-all route. */
export async function sitePaths() {
	const routes: Route[] = [];
	for (const locale of locales) {
		for (const page of pageKeys) routes.push({ locale, page });
		for (const page of entryPageKeys) {
			for (const entry of await localizedEntries(page, locale)) {
				routes.push({ locale, page, entry: entryKey(entry.id) });
			}
		}
	}
	return routes.map((route) => ({
		params: { path: routePath(route).slice(1, -1) || undefined },
		props: { route },
	}));
}
