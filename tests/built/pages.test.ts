import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dir, t, type Locale } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { attr, dist, parseFile, walk, type HtmlNode } from '../helpers/built.ts';
import { isContentPage, localeOf, sitemapPaths } from '../helpers/site.ts';

/**
 * What every page in the sitemap says about itself in its built file: its language, one heading,
 * scripts only where needed and only ours, and a language switch that leads to the same page and
 * back. The browser loads each page once as well (tests/e2e/pages.spec.ts), for what only a browser
 * sees: what the page fetches, what it logs, how it lays out and what axe finds.
 */
interface BuiltPage {
	path: string;
	locale: Locale;
	nodes: HtmlNode[];
}

const parsed = new Map<string, BuiltPage | undefined>();
/** The built page at `path`, parsed once. */
const read = (path: string): BuiltPage | undefined => {
	if (!parsed.has(path)) {
		const file = join(dist, path, 'index.html');
		const nodes = existsSync(file) ? [...walk(parseFile(file))] : undefined;
		parsed.set(path, nodes && { path, locale: localeOf(path), nodes });
	}
	return parsed.get(path);
};

const paths = sitemapPaths();
const pages = paths.map((path) => read(path)!);

/** The page's `<link rel="alternate" hreflang>` addresses, as paths, by language. */
const alternates = (page: BuiltPage) =>
	new Map(
		page.nodes
			.filter((n) => n.nodeName === 'link' && attr(n, 'rel') === 'alternate' && attr(n, 'hreflang'))
			.map((n) => [attr(n, 'hreflang')!, new URL(attr(n, 'href')!).pathname]),
	);

/** The links of the page's language switch, by the language they lead to. */
const switchLinks = (page: BuiltPage) => {
	const nav = page.nodes.find(
		(n) => n.nodeName === 'nav' && attr(n, 'aria-label') === t(page.locale, 'header.language'),
	);
	return new Map(
		[...walk(nav ?? { nodeName: 'none' })]
			.filter((n) => n.nodeName === 'a')
			.map((n) => [attr(n, 'lang')!, attr(n, 'href')!]),
	);
};

/** Lists each page that breaks `rule`, with what `rule` says is wrong. */
const failures = (rule: (page: BuiltPage) => string | undefined) =>
	pages.flatMap((page) => {
		const problem = rule(page);
		return problem ? [`${page.path}: ${problem}`] : [];
	});

describe('every page in the sitemap, as built', () => {
	it('has a built file', () => {
		assert.ok(paths.length > 90, `only ${paths.length} pages in the sitemap`);
		assert.deepEqual(
			paths.filter((path) => !existsSync(join(dist, path, 'index.html'))),
			[],
		);
	});

	it('says its language and writing direction on <html>', () => {
		assert.deepEqual(
			failures((page) => {
				const html = page.nodes.find((n) => n.nodeName === 'html')!;
				const [lang, direction] = [attr(html, 'lang'), attr(html, 'dir')];
				return lang === page.locale && direction === dir(page.locale)
					? undefined
					: `lang="${lang}" dir="${direction}"`;
			}),
			[],
		);
	});

	it('has exactly one h1', () => {
		assert.deepEqual(
			failures((page) => {
				const count = page.nodes.filter((n) => n.nodeName === 'h1').length;
				return count === 1 ? undefined : `${count} h1`;
			}),
			[],
		);
	});

	it('carries no script but structured data on a content page, and only our own elsewhere', () => {
		assert.deepEqual(
			failures((page) => {
				const scripts = page.nodes.filter(
					(n) => n.nodeName === 'script' && attr(n, 'type') !== 'application/ld+json',
				);
				if (isContentPage(page.path))
					return scripts.length === 0 ? undefined : `${scripts.length} scripts`;
				const foreign = scripts.filter((n) => /^(https?:)?\/\//.test(attr(n, 'src') ?? ''));
				return foreign.length === 0 ? undefined : foreign.map((n) => attr(n, 'src')).join(' ');
			}),
			[],
		);
	});

	it('asks for nothing from another origin: no fonts, tiles, analytics or CDN files', () => {
		assert.deepEqual(
			failures((page) => {
				const fetched = page.nodes.flatMap((n) => {
					const rel = attr(n, 'rel') ?? '';
					// Links people follow and the page's own addresses are not fetched by the page.
					const href =
						n.nodeName === 'link' && !/^(alternate|canonical)$/.test(rel) ? [attr(n, 'href')] : [];
					return [attr(n, 'src'), attr(n, 'srcset'), attr(n, 'poster'), ...href];
				});
				const styles = page.nodes
					.filter((n) => n.nodeName === 'style' || attr(n, 'style'))
					.flatMap((n) => [
						attr(n, 'style') ?? '',
						...(n.childNodes ?? []).map((c) => (c as { value?: string }).value ?? ''),
					]);
				const foreign = [
					...fetched.filter((url) => url && /(^|,\s*)(https?:)?\/\//.test(url)),
					...styles.flatMap((css) => css.match(/url\(\s*['"]?(https?:)?\/\/[^)]*\)/g) ?? []),
				];
				return foreign.length === 0 ? undefined : foreign.join(' ');
			}),
			[],
		);
	});

	it('switches language to the same page and back, or to that language’s home where the page is not translated', () => {
		assert.deepEqual(
			failures((page) => {
				const links = switchLinks(page);
				if (links.size === 0) return 'no language switch';
				const own = alternates(page);
				for (const [other, href] of links) {
					const translated = own.get(other);
					if (!translated) {
						const home = routePath({ locale: other as Locale, page: 'home' });
						if (href !== home) return `${other} leads to ${href}, not its home ${home}`;
						continue;
					}
					if (href !== translated) return `${other} leads to ${href}, not ${translated}`;
					const target = read(href);
					if (!target) return `${other}: ${href} is not built`;
					const back = switchLinks(target).get(page.locale);
					if (back !== page.path) return `${href} leads back to ${back}`;
					if (alternates(target).get(page.locale) !== page.path)
						return `${href} names ${alternates(target).get(page.locale)} as its ${page.locale} page`;
				}
				return undefined;
			}),
			[],
		);
	});
});
