import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { completeLocales as locales } from '../../src/i18n/locales.ts';
import { feedPath } from '../../src/routing/feedPath.ts';
import { pageDefinition } from '../../src/routing/pages.ts';
import { parseRoutePath, routePath } from '../../src/routing/routes.ts';
import { writeGeneratedStories } from '../helpers/generatedStories.ts';
import { projectCopy } from '../helpers/projectCopy.ts';

/**
 * No page may grow with the number of stories: the story list, its filter pages, the home page, the
 * feed and every other page stay the same however many stories are published; only new story pages
 * and later list pages are added. Builds the site with 200 and with 400 generated (older) stories
 * per language, so both already fill more than a list page, and compares every page the two share.
 */
const fewer = 200;
const more = 400;

/** Every built HTML page and feed of a copy, by its path in dist/. */
function pages(dist: string): Map<string, string> {
	return new Map(
		readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html') || file.endsWith('rss.xml'))
			.map((file) => [file, readFileSync(join(dist, file), 'utf8')]),
	);
}

/** The route of a built file, e.g. `historier/side/2/index.html`. */
function routeOf(file: string) {
	return parseRoutePath(`/${file.replace(/index\.html$/, '')}`);
}

describe('page size does not grow with the number of stories', () => {
	const smaller = projectCopy((dir) => writeGeneratedStories(dir, fewer, more));
	const larger = projectCopy((dir) => writeGeneratedStories(dir, more, more));
	after(() => [smaller, larger].forEach((copy) => copy.remove()));

	it('adds story pages and later list pages, and changes no list, filter, home or feed page', () => {
		for (const copy of [smaller, larger]) {
			const { status, output } = copy.astro('build');
			assert.equal(status, 0, output);
		}
		const before = pages(join(smaller.dir, 'dist'));
		const afterGrowth = pages(join(larger.dir, 'dist'));
		const pageSize = pageDefinition('stories').listing!.pageSize;
		for (const locale of locales) {
			// The lists really are paged: the later pages are there, in both builds.
			const last = Math.ceil(fewer / pageSize);
			const lastPage = routePath({ locale, page: 'stories', pageNumber: last });
			assert.ok(before.has(`${lastPage.slice(1)}index.html`), lastPage);
			const office = routePath({
				locale,
				page: 'stories',
				filter: { facet: 'office', value: 'fyn' },
			});
			assert.ok(before.has(`${office.slice(1)}index.html`), office);
			assert.ok(before.has(feedPath(locale).slice(1)), feedPath(locale));
		}
		const added = [...afterGrowth.keys()].filter((file) => !before.has(file));
		const stories = added.filter((file) => routeOf(file)?.entry?.startsWith('growth-'));
		const laterPages = added.filter((file) => (routeOf(file)?.pageNumber ?? 1) > 1);
		assert.equal(stories.length, (more - fewer) * locales.length);
		assert.deepEqual(added.toSorted(), [...stories, ...laterPages].toSorted());
		// Only the last page of a paged list changes: it gains a link to the next one.
		const changed = [...before.keys()].filter((file) => before.get(file) !== afterGrowth.get(file));
		for (const file of changed) {
			const route = routeOf(file);
			assert.ok(route?.pageNumber && route.pageNumber > 1, file);
			const next = routePath({ ...route, pageNumber: route.pageNumber + 1 });
			assert.ok(!before.has(`${next.slice(1)}index.html`), `${file} is not the last page`);
		}
	});
});
