import type { Locale } from '../i18n/locales.ts';
import { requiredEntry } from './requiredEntry.ts';

/** The site-wide settings in `locale` (content/settings/<locale>/site.yaml). */
export async function siteSettings(locale: Locale) {
	return (await requiredEntry('settings', `${locale}/site`)).data;
}
