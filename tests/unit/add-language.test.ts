import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectCopy, rewrite } from '../helpers/projectCopy.ts';
import { partialCollections } from '../../src/collections/coverage.ts';

/**
 * CONTRIBUTING.md's "Adding a language", done to a copy of the project: a fifth partial language
 * (Turkish, the language of one of the ten countries most mentees come from) with strings and
 * content only, no code. Its strings are Somali's with its own name, which is all the build can tell apart.
 */
describe('adding a partial language is strings and content only', () => {
	const copy = projectCopy((dir) => {
		const somali = readFileSync(join(dir, 'src/i18n/strings/so.ts'), 'utf8');
		writeFileSync(
			join(dir, 'src/i18n/strings/tr.ts'),
			somali
				.replace("'locale.name': 'Soomaali'", "'locale.name': 'Türkçe'")
				.replace("'locale.ogLocale': 'so_SO'", "'locale.ogLocale': 'tr_TR'")
				.replace("'locale.intl': 'so'", "'locale.intl': 'tr'"),
		);
		rewrite(dir, 'src/i18n/strings/index.ts', (text) =>
			text
				.replace(
					"import so from './so.ts';",
					"import so from './so.ts';\nimport tr from './tr.ts';",
				)
				.replace('da, en, ar, fa, uk, so }', 'da, en, ar, fa, uk, so, tr }'),
		);
		for (const collection of partialCollections) {
			const from = join(dir, 'content', collection, 'so');
			const to = join(dir, 'content', collection, 'tr');
			cpSync(from, to, { recursive: true });
			for (const file of readdirSync(to)) {
				rewrite(to, file, (text) => text.replaceAll('](/so/', '](/tr/'));
			}
		}
	});
	after(() => copy.remove());
	const build = copy.npm('build');

	it('builds', () => {
		assert.equal(build.status, 0, build.output.slice(-3000));
	});

	it('has its pages, in its language, on the mentee’s path only', () => {
		for (const path of [
			'tr/',
			'tr/for-mentees/',
			'tr/sign-up/',
			'tr/offices/fyn/',
			'tr/languages/',
		]) {
			assert.match(copy.read(`dist/${path}index.html`), /<html lang="tr" dir="ltr"/, path);
		}
		assert.throws(() => copy.read('dist/tr/for-mentors/index.html'), /ENOENT/);
		assert.match(copy.read('dist/tr/sign-up/index.html'), /name="language" value="tr"/);
	});

	it('is on the languages page, by its own name', () => {
		assert.match(
			copy.read('dist/sprog/index.html'),
			/<a[^>]*href="\/tr\/"[^>]*hreflang="tr"[^>]*lang="tr"[^>]*>\s*Türkçe\s*<\/a>/,
		);
	});

	it('has hreflang links where its pages exist, and none where they do not', () => {
		assert.match(
			copy.read('dist/for-mentees/index.html'),
			/<link rel="alternate" hreflang="tr" href="[^"]*\/tr\/for-mentees\/"/,
		);
		// The header still names the new language on a page it lacks (leading to its home), but no
		// alternate says the page exists in it.
		assert.doesNotMatch(
			copy.read('dist/for-mentorer/index.html'),
			/<link rel="alternate" hreflang="tr"/,
		);
		assert.match(copy.read('dist/sitemap-0.xml'), /\/tr\/for-mentees\//);
	});

	it('gets its own search index', () => {
		const entry = JSON.parse(copy.read('dist/pagefind/pagefind-entry.json')) as {
			languages: Record<string, unknown>;
		};
		assert.ok(entry.languages['tr'], Object.keys(entry.languages).join(', '));
	});
});
