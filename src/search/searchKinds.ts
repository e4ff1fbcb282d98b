/** What a search result is, for the search page's filter: every indexed page has exactly one. */
export const searchKinds = ['story', 'faq', 'value', 'office', 'page'] as const;
export type SearchKind = (typeof searchKinds)[number];
