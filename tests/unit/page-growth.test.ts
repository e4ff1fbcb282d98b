import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { completeLocales as locales } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { projectCopy } from '../helpers/projectCopy.ts';

/**
 * No page may grow with the number of stories: the header, footer and every page but the story list
 * stay the same size however many stories are published. Builds the site as it is and with 40 more
 * (older) stories per language, and compares every page the two share.
 */
const extra = 40;

function addStories(dir: string) {
	for (const locale of locales) {
		for (let n = 0; n < extra; n++) {
			writeFileSync(
				join(dir, 'content/stories', locale, `growth-${n}.md`),
				[
					'---',
					`title: "Growth test ${n}"`,
					'illustrative: true',
					'people: ["A", "B"]',
					'profession: "Test"',
					'office: fyn',
					'date: 2001-01-01',
					'summary: "A generated story."',
					'consent:',
					'  date: 2001-01-01',
					'---',
					'',
					'Body.',
					'',
				].join('\n'),
			);
		}
	}
}

/** Every built HTML page of a copy, by its path in dist/. */
function pages(dist: string): Map<string, string> {
	return new Map(
		readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html'))
			.map((file) => [file, readFileSync(join(dist, file), 'utf8')]),
	);
}

describe('page size does not grow with the number of stories', () => {
	const base = projectCopy();
	const grown = projectCopy(addStories);
	after(() => [base, grown].forEach((copy) => copy.remove()));

	it('changes only the story list pages', () => {
		for (const copy of [base, grown]) {
			const { status, output } = copy.astro('build');
			assert.equal(status, 0, output);
		}
		const before = pages(join(base.dir, 'dist'));
		const afterGrowth = pages(join(grown.dir, 'dist'));
		assert.equal(afterGrowth.size, before.size + extra * locales.length);
		const lists = locales.map(
			(locale) => `${routePath({ locale, page: 'stories' }).slice(1)}index.html`,
		);
		const changed = [...before.keys()].filter(
			(file) => !lists.includes(file) && before.get(file) !== afterGrowth.get(file),
		);
		assert.deepEqual(changed, []);
	});
});
