import type { ListingPage } from '../collections/listingPages.ts';
import { t } from '../i18n/locales.ts';
import type { Route } from '../routing/routes.ts';

/**
 * A registry page's heading, which is also its title: the page's own title, the filter a list page
 * shows (»Historier: Fyn«) and, after the first page of a list, its number.
 */
export function pageHeading(title: string, route: Route, listing?: ListingPage): string {
	const heading = listing?.filterLabel ? `${title}: ${listing.filterLabel}` : title;
	return route.pageNumber && route.pageNumber > 1
		? `${heading} – ${t(route.locale, 'listing.page')} ${route.pageNumber}`
		: heading;
}
