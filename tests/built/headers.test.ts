import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { headersFile, nginxSnippet, securityHeaders } from '../../src/security/headers.ts';
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

	it('is written from the one definition', () => {
		assert.equal(built, headersFile(policyOrigins(built)));
	});

	it('matches the nginx snippet in the README', () => {
		const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
		assert.ok(
			readme.includes(nginxSnippet([readmeFormOrigin])),
			'README.md must contain nginxSnippet() verbatim: paste it again after changing headers.ts',
		);
	});
});

/** The placeholder the README's nginx snippet uses for the form handler's origin. */
const readmeFormOrigin = 'https://forms.example.org';

/** The extra form-action origins the build was configured with, read back from _headers. */
function policyOrigins(headers: string): string[] {
	const formAction = headers.match(/form-action 'self'([^;\n]*)/)?.[1] ?? '';
	return formAction.split(' ').filter(Boolean);
}
