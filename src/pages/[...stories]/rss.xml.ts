import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, t, type Locale } from '../../i18n/locales.ts';
import { pageExistsIn } from '../../routing/pages.ts';
import { routePath } from '../../routing/routes.ts';
import { entryKey } from '../../entries/entryKey.ts';
import { feedPath } from '../../routing/feedPath.ts';
import { localizedEntries } from '../../collections/localizedEntries.ts';
import { siteSettings } from '../../collections/siteSettings.ts';
import { newestFirst } from '../../collections/pageEntries.ts';
import { pageDefinition } from '../../routing/pages.ts';

/**
 * The newest stories as an RSS feed per language that has them, beside the stories page: /historier/rss.xml. It
 * carries the registry's `feedSize` stories, so it does not grow as stories are added.
 */
export const getStaticPaths = (() =>
	locales
		.filter((locale) => pageExistsIn('stories', locale))
		.map((locale) => ({
			params: { stories: feedPath(locale).slice(1, -'/rss.xml'.length) },
			props: { locale },
		}))) satisfies GetStaticPaths;

interface Props {
	locale: Locale;
}

export const GET: APIRoute<Props> = async ({ props: { locale }, site }) => {
	const settings = await siteSettings(locale);
	const feedSize = pageDefinition('stories').listing?.feedSize ?? 20;
	const stories = newestFirst(await localizedEntries('stories', locale)).slice(0, feedSize);
	return rss({
		title: `${t(locale, 'feed.title')} – ${settings.organisation}`,
		description: t(locale, 'feed.description'),
		site: new URL(routePath({ locale, page: 'stories' }), site),
		customData: `<language>${locale}</language>`,
		trailingSlash: true,
		items: stories.map(({ id, data }) => ({
			title: data.title,
			link: routePath({ locale, page: 'stories', entry: entryKey(id) }),
			pubDate: data.date,
			// An illustrative story says so in the feed too, not only on the page.
			description: data.illustrative
				? `${t(locale, 'stories.illustrative')}: ${data.summary}`
				: data.summary,
			categories: data.tags,
		})),
	});
};
