import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { projectCopy, rewrite } from '../helpers/projectCopy.ts';

/** Raw HTML pasted into an entry's body must reach the page cleaned: nothing that can run. */
const hostile = `
Før.

<script>alert('script')</script>

<img src="x.png" alt="billede" onerror="alert('onerror')">

<a href="javascript:alert('href')">klik</a> og [markdown-link](javascript:alert('md'))

<iframe src="https://example.org"></iframe><style>body{display:none}</style>

<p style="color:red" onclick="alert('click')" id="main">Efter.</p>

## En overskrift

[Et rigtigt link](/om-netvaerket/) og <strong>fed</strong> tekst.
`;

describe('markdown safety', () => {
	const copy = projectCopy((dir) =>
		rewrite(dir, 'content/stories/da/amal-hanne.md', (text) => text + hostile),
	);
	let page = '';
	let body = '';

	before(() => {
		const { status, output } = copy.astro('build');
		assert.equal(status, 0, output);
		page = copy.read('dist/historier/amal-hanne/index.html');
		body = page.slice(page.indexOf('Før.'), page.indexOf('tekst.'));
	});
	after(() => copy.remove());

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
