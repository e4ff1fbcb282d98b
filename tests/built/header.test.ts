import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { dir, isLocale, locales, t } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { attr, builtPages, dist, parseFile, walk, type HtmlNode } from '../helpers/built.ts';

/**
 * What every page's header offers, read from the built files: a person to reach (the contact page in
 * the menu) and every other language by its own name. The browser tests check that the names are
 * on a phone's first screen; this checks that no page leaves one out.
 */
const text = (node: HtmlNode): string =>
	[...walk(node)]
		.filter((n) => n.nodeName === '#text')
		.map((n) => n.value)
		.join('')
		.trim();

/** The site's pages with the site's header: every built page but the CMS. */
const pages = builtPages()
	.filter((file) => !relative(dist, file).startsWith('admin'))
	.map((file) => {
		const root = parseFile(file);
		const html = [...walk(root)].find((n) => n.nodeName === 'html')!;
		const header = [...walk(root)].find(
			(n) => n.nodeName === 'header' && attr(n, 'class')?.includes('app-header'),
		);
		return { file: relative(dist, file), lang: attr(html, 'lang'), header };
	});

describe('every page’s header', () => {
	it('is on every page of the site', () => {
		assert.ok(pages.length > 90, `only ${pages.length} pages built`);
		assert.deepEqual(
			pages.filter((page) => !page.header || !isLocale(page.lang)).map((page) => page.file),
			[],
		);
	});

	it('links the contact page of the page’s language in its menu', () => {
		const missing = pages.filter((page) => {
			const contact = routePath({ locale: page.lang as never, page: 'contact' });
			const nav = [...walk(page.header!)].find(
				(n) => n.nodeName === 'nav' && attr(n, 'class')?.includes('app-nav'),
			);
			return ![...walk(nav ?? { nodeName: 'none' })].some(
				(n) => n.nodeName === 'a' && attr(n, 'href') === contact,
			);
		});
		assert.deepEqual(
			missing.map((page) => page.file),
			[],
		);
	});

	it('names every other language in its own language, with its lang and dir', () => {
		const missing: string[] = [];
		for (const page of pages) {
			const links = [...walk(page.header!)].filter((n) => n.nodeName === 'a');
			for (const other of locales.filter((locale) => locale !== page.lang)) {
				const link = links.find((n) => text(n) === t(other, 'locale.name'));
				if (!link || attr(link, 'lang') !== other || attr(link, 'dir') !== dir(other)) {
					missing.push(`${page.file}: ${other}`);
				}
			}
		}
		assert.deepEqual(missing, []);
	});
});
