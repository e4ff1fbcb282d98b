// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { adminDevServer } from './admin/devServer.ts';
import { formOrigins as formOriginsFor } from './src/forms/formOrigins.ts';
import { siteDirectives } from './src/security/contentSecurityPolicy.ts';
import { securityHeaders } from './src/security/headersIntegration.ts';
import { markUnsafeMarkdown, sanitizeMarkdown } from './src/security/sanitizeMarkdown.ts';
import { inSitemap, sitemapAlternates } from './src/routing/sitemap.ts';

/** The public address of the site: canonical URLs, the sitemap and link previews use it. */
const site = process.env.SITE_URL ?? 'https://mentor.kvinfo.dk';

/** Where the sign-up form may post and send its enhanced submit, besides this site. */
const formOrigins = formOriginsFor(process.env.PUBLIC_FORM_ACTION);

export default defineConfig({
	site,
	// Astro's build caches: the content data store and, below, the pages of the last build. Hosts keep
	// node_modules/ between builds (docs/deploying.md, "The build cache between deploys"); a test's
	// copy of the project shares the project's node_modules/, so it names a folder of its own.
	cacheDir: process.env.MENTOR_NETWORK_CACHE_DIR ?? './node_modules/.astro',
	experimental: {
		// A publish renders again only the pages whose content or code changed; every page's key names
		// the content it shows (src/collections/pageCacheKeys.ts).
		incrementalBuild: true,
	},
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Pages are written while the next ones render, which shortens rendering at scale
		// (docs/performance.md, `npm run bench -- build`); the default renders one at a time.
		concurrency: 4,
		// Content pages render from one request: their small CSS is inlined rather than linked.
		inlineStylesheets: 'always',
	},
	markdown: {
		// No code blocks on this site; Shiki's inline styles would also need CSP exceptions.
		syntaxHighlight: false,
		// Raw HTML in content is cleaned, never trusted: editors' text reaches pages only through this.
		// Astro's default native processor (Sätteri): the unified() pipeline cost most of a large
		// build's time. Each entry with anything the allow-list could remove (raw HTML, an address
		// with a scheme…; plain paragraphs, lists and quotes never have it) has its raw HTML parsed
		// and its tree cleaned once against the allow-list (src/security/sanitizeMarkdown.ts).
		processor: satteri({
			mdastPlugins: [markUnsafeMarkdown],
			hastPlugins: [sanitizeMarkdown],
		}),
	},
	security: {
		csp: {
			directives: siteDirectives(new URL(site).origin, formOrigins),
		},
	},
	integrations: [
		mdx(),
		securityHeaders(formOrigins),
		// The CMS at /admin/ in `astro dev`; `npm run build` builds it apart (admin/vite.config.ts).
		adminDevServer(),
		sitemap({
			// The page registry says which pages search engines index; the CMS is none of its pages.
			filter: inSitemap,
			serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, site) }),
		}),
	],
});
