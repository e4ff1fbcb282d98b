import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { adminPolicy } from '../../src/security/contentSecurityPolicy.ts';
import { headersFile, securityHeaders } from '../../src/security/headers.ts';
import { dist } from '../helpers/built.ts';

describe('security headers for static hosts', () => {
	const built = readFileSync(join(dist, '_headers'), 'utf8');

	it('ships a _headers file with every security header for every path', () => {
		const all = built.split('\n\n')[0]!;
		assert.match(all, /^\/\*$/m);
		for (const [name, value] of Object.entries(securityHeaders)) {
			assert.ok(all.includes(`  ${name}: ${value}`), `${name} missing from /* in _headers`);
		}
		assert.match(
			all,
			/Content-Security-Policy: frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'/,
		);
	});

	it('caches hashed assets for a year and nothing else', () => {
		assert.match(built, /^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
		assert.equal(built.match(/Cache-Control/g)?.length, 1);
	});

	it('gives /admin/ its own policy, in the header and in the page', () => {
		assert.match(
			built,
			/^\/admin\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'/m,
		);
		const page = readFileSync(join(dist, 'admin/index.html'), 'utf8');
		const meta = page.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/g) ?? [];
		assert.equal(meta.length, 1);
		assert.ok(meta[0]!.includes(adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL, { meta: true })));
		assert.doesNotMatch(meta[0]!, /sha256-|frame-ancestors/);
	});

	it('keeps WebAssembly and eval off every page but search and the CMS', () => {
		const home = readFileSync(join(dist, 'index.html'), 'utf8');
		assert.doesNotMatch(home, /wasm-unsafe-eval|unsafe-eval|unsafe-inline/);
		assert.match(
			readFileSync(join(dist, 'soeg/index.html'), 'utf8'),
			/script-src 'self' 'wasm-unsafe-eval'/,
		);
	});

	it('is written from the one definition', () => {
		assert.equal(
			built,
			headersFile(policyOrigins(built), adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL)),
		);
	});
});

/** The extra form-action origins the build was configured with, read back from _headers. */
function policyOrigins(headers: string): string[] {
	const formAction = headers.match(/form-action 'self'([^;\n]*)/)?.[1] ?? '';
	return formAction.split(' ').filter(Boolean);
}
