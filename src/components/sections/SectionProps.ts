import type { PageEntries } from '../../collections/pageEntries.ts';
import type { Locale } from '../../i18n/locales.ts';

/** What every page section receives: the page's language and its entries, read once per page. */
export interface SectionProps {
	locale: Locale;
	entries: PageEntries;
}
