import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { completeLocales } from '../../src/i18n/locales.ts';
import { pageDefinition } from '../../src/routing/pages.ts';
import { routePath } from '../../src/routing/routes.ts';
import { writeGeneratedStories } from '../helpers/generatedStories.ts';
import { projectCopy, rewrite } from '../helpers/projectCopy.ts';

/**
 * A publish with Astro's incremental build (`experimental.incrementalBuild`, keys in
 * src/collections/pageCacheKeys.ts) must write the same site as a cold build of the same content.
 * One copy of the project, with enough generated stories that the list has a second page, is built
 * cold; then one story is edited and one added (the newest, so every list page shifts), and it is
 * built again with the first build's cache; then once more with an empty cache. The two dist/
 * folders must be equal file by file. The CMS (admin/, built by Vite apart from Astro, no cache)
 * is left out; Pagefind's index is in.
 */
const edited = 'amal-hanne';
const added = 'incremental-new';
const generated = pageDefinition('stories').listing!.pageSize + 5;

/** Every file of a dist/ folder with the hash of its bytes. */
function files(dist: string): Map<string, string> {
	return new Map(
		readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => statSync(join(dist, file)).isFile())
			.toSorted()
			.map((file) => [
				file,
				createHash('sha256')
					.update(readFileSync(join(dist, file)))
					.digest('hex'),
			]),
	);
}

describe('a warm incremental build writes the same site as a cold one', () => {
	const copy = projectCopy((dir) => writeGeneratedStories(dir, generated));
	after(() => copy.remove());

	/** `astro build` then Pagefind, with Astro's caches in `cache` inside the copy. */
	const build = (cache: string) => {
		const astro = copy.astro('build', { MENTOR_NETWORK_CACHE_DIR: join(copy.dir, cache) });
		assert.equal(astro.status, 0, astro.output);
		const pagefind = spawnSync(join(copy.dir, 'node_modules/.bin/pagefind'), ['--site', 'dist'], {
			cwd: copy.dir,
			encoding: 'utf8',
		});
		assert.equal(pagefind.status, 0, `${pagefind.stdout}\n${pagefind.stderr}`);
		return {
			files: files(join(copy.dir, 'dist')),
			restored: new Set(
				[...astro.output.matchAll(/(\/\S*) \((?:restored|cached)\)/g)].map((match) => match[1]),
			),
		};
	};

	it('reuses the untouched pages and renders the changed ones as a cold build does', () => {
		const cold = build('cache-a');
		assert.equal(cold.restored.size, 0, 'the first build has no cache to reuse');

		for (const locale of completeLocales) {
			rewrite(copy.dir, `content/stories/${locale}/${edited}.md`, (text) =>
				text
					.replace(/^title: .*$/m, 'title: "An edited title"')
					.replace(/\n*$/, '\n\nAn edited paragraph.\n'),
			);
			writeFileSync(
				join(copy.dir, 'content/stories', locale, `${added}.md`),
				[
					'---',
					'title: "An added story"',
					'illustrative: true',
					'people: ["A", "B"]',
					// The generated stories' office and field: the filter links stay as they were, so
					// only the stories a list page shows tell it that it changed.
					'profession: "Test"',
					'office: fyn',
					'date: 2026-12-06',
					'summary: "A story added for the incremental build test."',
					'consent:',
					'  date: 2026-12-06',
					'---',
					'',
					'Body.',
					'',
				].join('\n'),
			);
		}
		const warm = build('cache-a');
		const fresh = build('cache-b');
		assert.equal(fresh.restored.size, 0, 'an empty cache reuses nothing');

		// The cache was used, and not for what changed.
		const page = (entry: string) =>
			`${routePath({ locale: 'da', page: 'stories', entry })}index.html`;
		assert.ok(warm.restored.has(page('growth-3')), `${page('growth-3')} was not reused`);
		assert.ok(!warm.restored.has(page(edited)), `${page(edited)} was reused`);
		const pages = [...warm.files.keys()].filter((file) => file.endsWith('index.html')).length;
		assert.ok(warm.restored.size > pages / 2, `only ${warm.restored.size} of ${pages} reused`);

		const differing = [...new Set([...warm.files.keys(), ...fresh.files.keys()])].filter(
			(file) => warm.files.get(file) !== fresh.files.get(file),
		);
		assert.deepEqual(differing, [], 'files of the warm build that differ from a cold build');
	});
});
