import type { Route } from './routes.ts';

/** What a search result is, for the search page's filter: every indexed page has exactly one. */
export const searchKinds = ['story', 'faq', 'value', 'office', 'page'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * The kind a page is indexed under, or undefined for a page that stays out of the search index: the
 * sign-up confirmation (it only makes sense after signing up) and the search page itself.
 */
export function searchKind({ page, entry }: Route): SearchKind | undefined {
	if (page === 'thanks' || page === 'search') return undefined;
	if (page === 'stories' && entry) return 'story';
	if (page === 'offices' && entry) return 'office';
	if (page === 'faq') return 'faq';
	if (page === 'values') return 'value';
	return 'page';
}
