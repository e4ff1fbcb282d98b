/**
 * Results the search page draws at a time; "Show more results" draws as many again. Each result
 * drawn is one more download (its Pagefind fragment; sizes in docs/performance.md#search), so fewer
 * on the first query keeps it light on a phone; a phone's first screen holds about three.
 * Five is also what Pagefind's own UI shows before its "Load more results".
 */
export const resultsPerPage = 5;
