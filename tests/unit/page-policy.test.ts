import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { narrowPagePolicy } from '../../src/security/pagePolicy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const style = '.a{color:red}';
const script = 'console.log(1)';
const other = 'console.log(2)';
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

function page(body: string) {
	const policy = `default-src 'self';img-src 'self' data:; script-src 'self' ${sha(script)} ${sha(other)}; style-src 'self' ${sha(style)} ${sha('.b{}')};`;
	return `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
}

describe("a page's own Content-Security-Policy", () => {
	it('keeps the hashes of its inline styles and of the scripts it loads, and drops the rest', () => {
		const html = narrowPagePolicy(
			page(`<style>${style}</style><script type="module" src="/_astro/a.js"></script>`),
			(path) => (path === '/_astro/a.js' ? script : assert.fail(path)),
		);
		assert.equal(
			policyOf(html),
			`default-src 'self';img-src 'self' data:; script-src 'self' ${sha(script)}; style-src 'self' ${sha(style)};`,
		);
	});

	it('keeps an inline script, and nothing for a page with neither scripts nor styles', () => {
		assert.match(
			policyOf(narrowPagePolicy(page(`<script>${other}</script>`), assert.fail)),
			new RegExp(`script-src 'self' ${sha(other).replace(/[+/]/g, '\\$&')};`),
		);
		assert.equal(
			policyOf(narrowPagePolicy(page(''), assert.fail)),
			"default-src 'self';img-src 'self' data:; script-src 'self'; style-src 'self';",
		);
	});

	it('counts a data block (JSON-LD) as no script: it never runs, so it needs no hash', () => {
		const jsonLd = `<script type="application/ld+json">${other}</script>`;
		assert.match(
			policyOf(narrowPagePolicy(page(`${jsonLd}<script>${script}</script>`), assert.fail)),
			new RegExp(`script-src 'self' ${sha(script).replace(/[+/]/g, '\\$&')};`),
		);
	});

	it('keeps the hash of an import map: only JSON data blocks never run', () => {
		assert.match(
			policyOf(narrowPagePolicy(page(`<script type="importmap">${other}</script>`), assert.fail)),
			new RegExp(`script-src 'self' ${sha(other).replace(/[+/]/g, '\\$&')};`),
		);
	});

	it('judges each hash by the algorithm the policy names', () => {
		const sha384 = `'sha384-${createHash('sha384').update(style).digest('base64')}'`;
		const stale = `'sha384-${createHash('sha384').update('.b{}').digest('base64')}'`;
		const html = `<meta http-equiv="content-security-policy" content="style-src 'self' ${sha384} ${stale}"><style>${style}</style>`;
		assert.equal(policyOf(narrowPagePolicy(html, assert.fail)), `style-src 'self' ${sha384}`);
	});

	it('names the form handler only on a page whose form posts to it', () => {
		const policy =
			"default-src 'self';form-action 'self' https://site.example https://forms.example;connect-src 'self' https://forms.example; script-src 'self';";
		const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
		const form = '<form method="post" action="https://forms.example/f">';
		assert.equal(policyOf(narrowPagePolicy(meta + form, assert.fail)), policy);
		assert.equal(
			policyOf(narrowPagePolicy(`${meta}<form role="search" action="/soeg/">`, assert.fail)),
			"default-src 'self';form-action 'self';connect-src 'self'; script-src 'self';",
		);
	});

	it('leaves a page without a policy as it is', () => {
		assert.equal(narrowPagePolicy('<p>x</p>', assert.fail), '<p>x</p>');
	});
});
