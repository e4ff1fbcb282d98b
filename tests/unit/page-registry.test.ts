import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { pageDefinition, pageKeys } from '../../src/routing/pages.ts';
import { sectionRouteNames, sectionRoutes } from '../../src/routing/sectionRoutes.ts';
import { fixture } from '../helpers/fixture.ts';

/** The URL of every page Pagefind indexed in a built copy, read from its real fragment files. */
function indexedUrls(dist: string): string[] {
	const folder = join(dist, 'pagefind/fragment');
	return readdirSync(folder).map((file) => {
		const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
		// Pagefind prefixes its fragments with a signature before the JSON.
		return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
	});
}

/** The links of the landmark named `name` (a <nav aria-label> or one labelled by its heading). */
function linksIn(html: string, landmark: RegExp): string[] {
	const match = landmark.exec(html);
	assert.ok(match, `no ${landmark} in the page`);
	return [...match[0].matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

describe('the page registry', () => {
	it('names a section component that exists for every page that has one', () => {
		const sections = readdirSync(join(import.meta.dirname, '../../src/components/sections'));
		for (const page of pageKeys) {
			const section = pageDefinition(page).section;
			if (section) assert.ok(sections.includes(`${section}.astro`), `${page}: ${section}.astro`);
		}
	});

	it('draws every page’s section in exactly one route, and every section in the table has a page', () => {
		const named = new Set(pageKeys.map((page) => pageDefinition(page).section));
		for (const page of pageKeys) {
			const section = pageDefinition(page).section;
			if (!section) continue;
			const routes = sectionRouteNames.filter((route) =>
				(sectionRoutes[route] as readonly string[]).includes(section),
			);
			assert.equal(
				routes.length,
				1,
				`${page}: ${section} is drawn by ${routes.join(', ') || 'no route'}`,
			);
		}
		for (const route of sectionRouteNames) {
			for (const section of sectionRoutes[route]) {
				assert.ok(named.has(section), `${route}: no page names ${section}`);
			}
		}
	});

	it('has a route file for every route, drawing its own sections, and no other catch-all route', () => {
		const pagesDir = join(import.meta.dirname, '../../src/pages');
		const files = readdirSync(pagesDir).filter((file) => /^\[\.\.\.\w+\]\.astro$/.test(file));
		const renderers = [...sectionRouteNames, 'story', 'office'];
		assert.deepEqual(files.toSorted(), renderers.map((route) => `[...${route}].astro`).toSorted());
		for (const route of sectionRouteNames) {
			const source = readFileSync(join(pagesDir, `[...${route}].astro`), 'utf8');
			// The map's type is what holds it to exactly its sections (npm run check); this holds the
			// file to its own route's type and its own pages.
			assert.match(
				source,
				new RegExp(`sitePaths\\('${route}'\\)`),
				`[...${route}].astro: its pages`,
			);
			assert.match(
				source,
				new RegExp(`satisfies SectionComponents<'${route}'>`),
				`[...${route}].astro: its component map`,
			);
		}
	});

	describe('adding a page is one registry entry, one strings pair and one content pair', () => {
		// The fixture's volunteers page (tests/helpers/fixture.ts): nothing else was written for it.
		const { copy, build } = fixture();

		it('type-checks with no strings for it in the partial languages, which lack the page', () => {
			// src/i18n/strings/partial.ts reads the pages a partial language lacks from the registry.
			const { status, output } = copy.npm('check');
			assert.equal(status, 0, output.slice(-3000));
		});

		it('builds, and the page is in the navigation, footer, sitemap, search and site index', () => {
			assert.equal(build.status, 0, build.output);
			const dist = join(copy.dir, 'dist');
			for (const [path, home, search] of [
				['/frivillige/', 'index.html', 'soeg/index.html'],
				['/en/volunteers/', 'en/index.html', 'en/search/index.html'],
			] as const) {
				const page = copy.read(`dist${path}index.html`);
				assert.match(page, /Registrytestword/);
				const start = copy.read(`dist/${home}`);
				assert.ok(linksIn(start, /<nav class="app-nav"[\s\S]*?<\/nav>/).includes(path), 'nav');
				assert.ok(linksIn(start, /<footer[\s\S]*?<\/footer>/).includes(path), 'footer');
				const index = copy.read(`dist/${search}`);
				assert.ok(
					linksIn(index, /<nav class="app-site-index[\s\S]*?<\/nav>/).includes(path),
					'index',
				);
				assert.match(copy.read('dist/sitemap-0.xml'), new RegExp(`<loc>[^<]*${path}</loc>`));
				assert.ok(indexedUrls(dist).includes(path), `search index has ${path}`);
			}
		});
	});
});
