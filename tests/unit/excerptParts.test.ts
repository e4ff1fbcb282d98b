import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptParts } from '../../src/search/excerptParts.ts';

describe('search excerpts', () => {
	it('keeps Pagefind’s highlighted words apart from the text around them', () => {
		assert.deepEqual(excerptParts('the <mark>OECD</mark> report'), [
			{ text: 'the ', marked: false },
			{ text: 'OECD', marked: true },
			{ text: ' report', marked: false },
		]);
	});

	it('turns any other markup into plain text, never into elements', () => {
		assert.deepEqual(excerptParts('<script>alert(1)</script> <mark>x</mark>'), [
			{ text: '<script>alert(1)</script> ', marked: false },
			{ text: 'x', marked: true },
		]);
	});

	it('decodes the entities Pagefind escapes text with', () => {
		assert.deepEqual(excerptParts('KVINFO&#39;s &lt;b&gt; &amp; co'), [
			{ text: "KVINFO's <b> & co", marked: false },
		]);
	});
});
