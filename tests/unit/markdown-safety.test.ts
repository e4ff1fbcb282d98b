import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fixture } from '../helpers/fixture.ts';

/** Raw HTML pasted into an entry's body must reach the page cleaned: nothing that can run. */
describe('markdown safety', () => {
	// The fixture's Danish Amal & Hanne story ends with hostileMarkdown (tests/helpers/fixture.ts).
	const { copy, build } = fixture();
	let page = '';
	let body = '';

	before(() => {
		assert.equal(build.status, 0, build.output);
		page = copy.read('dist/historier/amal-hanne/index.html');
		body = page.slice(page.indexOf('Før.'), page.indexOf('tekst.'));
	});

	it('drops scripts, frames and style blocks', () => {
		assert.ok(body.length > 0, 'the hostile body was not rendered at all');
		assert.doesNotMatch(body, /<script|<iframe|<style/i);
		assert.doesNotMatch(body, /alert\(/);
	});

	it('drops event handlers, inline styles and javascript: URLs', () => {
		assert.doesNotMatch(body, /\son\w+=/i);
		assert.doesNotMatch(body, /style=/i);
		assert.doesNotMatch(body, /javascript:/i);
	});

	it('cannot take over an id the page uses', () => {
		assert.equal(page.match(/id="main"/g)?.length, 1);
	});

	it('keeps ordinary Markdown: links, emphasis, images with alt, linkable headings', () => {
		assert.match(body, /<a href="\/om-netvaerket\/">Et rigtigt link<\/a>/);
		assert.match(body, /<strong>fed<\/strong>/);
		assert.match(body, /<img src="x.png" alt="billede">/);
		assert.match(body, /<h2 id="en-overskrift">En overskrift<\/h2>/);
	});
});
