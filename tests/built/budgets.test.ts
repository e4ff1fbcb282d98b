import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { builtPages, dist } from '../helpers/built.ts';
import { isContentPage } from '../helpers/site.ts';

/** A content page's first response should fit TCP's first round trip (about 14 KB). */
const firstRoundTrip = 14 * 1024;

const contentPages = builtPages()
	.map((file) => ({ file, path: `/${relative(dist, file).replace(/index\.html$/, '')}` }))
	.filter(({ path }) => isContentPage(path));

describe('content page budgets', () => {
	it('covers every content page', () => {
		assert.ok(contentPages.length > 40, `only ${contentPages.length} content pages found`);
	});

	for (const { file, path } of contentPages) {
		it(`${path} renders from one response within 14 KB gzip, with no script`, () => {
			const html = readFileSync(file);
			const size = gzipSync(html).length;
			assert.ok(size <= firstRoundTrip, `${path} is ${size} bytes gzip`);
			const text = html.toString('utf8');
			// CSS is inlined and nothing else blocks rendering: one request draws the page.
			assert.doesNotMatch(text, /<link[^>]+rel="stylesheet"/);
			assert.doesNotMatch(text, /<script(?![^>]*type="application\/ld\+json")/);
		});
	}
});
