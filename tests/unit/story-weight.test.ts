import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { completeLocales as locales } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { storyBudget } from '../helpers/budgets.ts';
import { fixture } from '../helpers/fixture.ts';

/** The generator's first story (tests/bench/stories.ts names them bench-0001, bench-0002, …). */
const entry = 'bench-0001';

/** The words of the story's text on the built page: its body, without header, facts or footer. */
function bodyWords(html: string): number {
	const body = /<div class="app-prose">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
	return body
		.replace(/<[^>]+>/g, ' ')
		.split(/\s+/)
		.filter(Boolean).length;
}

/**
 * The site has no story as long as the ones editors write (about 600 words) yet, so the budget the
 * built tests hold every real story to is checked here on one the bench generates, in each language
 * that has stories, built in the unit tests' fixture with everything a story page carries.
 */
describe('a 600-word story page', () => {
	// The fixture's one generated story (tests/helpers/fixture.ts).
	const { copy, build } = fixture();
	before(() => assert.equal(build.status, 0, build.output));

	for (const locale of locales) {
		const path = routePath({ locale, page: 'stories', entry });
		it(`${path}: within ${storyBudget} bytes gzip, header, footer and language switch and all`, () => {
			const html = copy.read(`dist${path}index.html`);
			const words = bodyWords(html);
			assert.ok(words >= 580 && words <= 650, `${path} has ${words} words of text, not about 600`);
			// The page is whole: the parts every page carries are there to be weighed, the link to
			// the story in the other language among them.
			assert.match(html, /<a [^>]*href="#main"/);
			assert.match(html, /<header[\s>]/);
			assert.match(html, /<footer[\s>]/);
			for (const other of locales.filter((l) => l !== locale)) {
				const href = `href="${routePath({ locale: other, page: 'stories', entry })}"`;
				const links = html.match(/<a [^>]*>/g) ?? [];
				assert.ok(
					links.some((a) => a.includes(href) && a.includes(`hreflang="${other}"`)),
					other,
				);
			}
			const size = gzipSync(html).length;
			assert.ok(size <= storyBudget, `${path} is ${size} bytes gzip (${words} words)`);
		});
	}
});
