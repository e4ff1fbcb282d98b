import type { ListingPage } from '../../collections/listingPages.ts';
import type { PageEntries } from '../../collections/pageEntries.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { PageKey } from '../../routing/pages.ts';

/** What every page section receives: the page, its language and its entries, read once per page. */
export interface SectionProps {
	locale: Locale;
	page: PageKey;
	entries: PageEntries;
	/** On a page with a listing: this page of it (its stories, filters and neighbours). */
	listing?: ListingPage;
}
