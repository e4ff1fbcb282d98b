/**
 * Results the search page draws at a time; "Show more results" draws as many again. Each result
 * drawn is one more download (its Pagefind fragment, about 1.8 KB gzip for a 600-word story), so
 * fewer on the first query keeps it light on a phone; a phone's first screen holds about three.
 * Five is also what Pagefind's own UI shows before its "Load more results".
 */
export const resultsPerPage = 5;
