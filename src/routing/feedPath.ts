import type { Locale } from '../i18n/locales.ts';
import { routePath } from './routes.ts';

/** The URL path of the stories' RSS feed in `locale`, beside the stories page: `/en/stories/rss.xml`. */
export function feedPath(locale: Locale): string {
	return `${routePath({ locale, page: 'stories' })}rss.xml`;
}
