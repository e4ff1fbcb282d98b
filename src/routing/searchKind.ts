import type { SearchKind } from '../search/searchKinds.ts';
import { pageDefinition } from './pages.ts';
import type { Route } from './routes.ts';

/**
 * The kind a page is indexed under, as the page registry says, or undefined for a page that stays
 * out of the search index (the sign-up confirmation, the search page itself).
 */
export function searchKind({ page, entry }: Route): SearchKind | undefined {
	const definition = pageDefinition(page);
	if (entry) return definition.entries?.search;
	return definition.search || undefined;
}
