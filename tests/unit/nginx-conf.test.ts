import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { headerPolicy } from '../../src/security/contentSecurityPolicy.ts';
import { adminHeaders, cacheControl, securityHeaders } from '../../src/security/headers.ts';
import { formOriginsVariable, nginxConf, nginxConfFile } from '../../src/security/nginxConf.ts';

describe('deploy/nginx/mentor-network.conf', () => {
	const committed = readFileSync(nginxConfFile, 'utf8');

	it('is what the generator writes from the one definition of the headers', () => {
		assert.equal(
			committed,
			nginxConf(),
			'deploy/nginx/mentor-network.conf is out of date: run `npm run deploy:nginx` and commit it',
		);
	});

	it('sends every security header and the header policy in every block that adds headers', () => {
		const blocks = committed.split(/^location /m);
		assert.equal(blocks.length, 4, 'the server level and three locations');
		for (const block of blocks) {
			const expected = block.startsWith('/admin/')
				? { ...securityHeaders, ...adminHeaders }
				: securityHeaders;
			for (const [name, value] of Object.entries(expected)) {
				assert.ok(block.includes(`add_header ${name} "${value}" always;`), `${name} missing`);
			}
		}
		const policy = headerPolicy([formOriginsVariable]);
		assert.equal(committed.split(`Content-Security-Policy "${policy}"`).length - 1, 3);
	});

	it('is included by the three lines docs/deploying.md shows', () => {
		const guide = readFileSync(new URL('../../docs/deploying.md', import.meta.url), 'utf8');
		const blocks = [...guide.matchAll(/```nginx\n([^`]*)```/g)].map((match) => match[1]!);
		assert.deepEqual(
			blocks.map((block) => block.trim().split('\n').length),
			[3],
			'one nginx block of three lines',
		);
		const [root, set, include] = blocks[0]!.trim().split('\n');
		assert.match(root!, /^root \/\S+\/dist;$/);
		assert.match(set!, new RegExp(`^set \\${formOriginsVariable} "https://[^"]+";$`));
		assert.match(include!, /^include \/\S+\/mentor-network\.conf;$/);
	});

	it('caches hashed assets for a year and revalidates the rest', () => {
		assert.match(
			committed,
			new RegExp(`location /_astro/ \\{[^}]*Cache-Control "${cacheControl.immutable}"`),
		);
		assert.match(committed, new RegExp(`location / \\{[^}]*Cache-Control "${cacheControl.html}"`));
	});
});
