import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../helpers/fixture.ts';

/**
 * CONTRIBUTING.md's "adding a language", done in the unit tests' fixture: a fifth partial language
 * (Turkish) with strings and content only, no code.
 */
describe('adding a partial language is strings and content only', () => {
	// The fixture's Turkish (tests/helpers/fixture.ts): strings and content, no code.
	const { copy, build } = fixture();

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
