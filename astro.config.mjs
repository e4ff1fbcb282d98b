// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { sitemapAlternates } from './src/utils/sitemapAlternates.ts';

/** The public address of the site: canonical URLs, the sitemap and link previews use it. */
const site = process.env.SITE_URL ?? 'https://mentor.kvinfo.dk';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Content pages render from one request: their small CSS is inlined rather than linked.
		inlineStylesheets: 'always',
	},
	integrations: [
		mdx(),
		sitemap({
			// Pages that make sense only in context stay out of the sitemap, and so does the CMS.
			filter: (page) =>
				!/\/(tilmeld\/tak|sign-up\/thank-you)\/$/.test(page) && !/\/admin\/$/.test(page),
			serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, site) }),
		}),
	],
});
