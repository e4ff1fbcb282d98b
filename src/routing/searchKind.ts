import type { SearchKind } from '../search/searchKinds.ts';
import { pageDefinition } from './pages.ts';
import { isListingPart, type Route } from './routes.ts';

/**
 * The kind a page is indexed under, as the page registry says, or undefined for a page that stays
 * out of the search index (the sign-up confirmation, the search page itself).
 */
export function searchKind(route: Route): SearchKind | undefined {
	const { page, entry } = route;
	const definition = pageDefinition(page);
	// Filters and later pages repeat the list: search finds the stories themselves.
	if (isListingPart(route)) return undefined;
	if (entry) return definition.entries?.search;
	return definition.search || undefined;
}
