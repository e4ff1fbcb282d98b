import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { cmsConfig } from '../../admin/config.ts';

const require = createRequire(import.meta.url);

/** The ES module sources of an installed package's `dist/esm`, by path. */
function esmSources(pkg: string): Map<string, string> {
	const root = join(dirname(require.resolve(`${pkg}/package.json`)), 'dist/esm');
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.js'),
	);
	return new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
}

/**
 * admin/vite.config.ts leaves out of the CMS what this configuration never runs. Should the
 * configuration start to need one of them, this fails before an editor finds out.
 */
describe('what the CMS build leaves out', () => {
	for (const env of [
		{},
		{ PUBLIC_CMS_REPO: 'kvinfo/x', PUBLIC_CMS_AUTH_URL: 'https://auth.test' },
	]) {
		const config = cmsConfig(env);

		it('uses the GitHub backend’s REST API, never its GraphQL client', () => {
			assert.equal(config.backend.name, 'github');
			assert.equal((config.backend as { use_graphql?: boolean }).use_graphql, undefined);
		});

		it('reads and writes Markdown with YAML front matter, and YAML: never TOML', () => {
			for (const collection of config.collections) {
				assert.ok(
					['frontmatter', 'yaml'].includes(String(collection.format)),
					`${collection.name}: ${collection.format}`,
				);
				assert.notEqual(collection.extension, 'toml', collection.name);
				assert.equal(
					(collection as { frontmatter_delimiter?: unknown }).frontmatter_delimiter,
					undefined,
				);
			}
		});
	}

	// What Decap itself would have to start doing for a module left out to be needed.
	it('calls htmlToSlate nowhere, the one user of rehype-parse', () => {
		const callers = [...esmSources('decap-cms-widget-markdown')].filter(
			([file, code]) =>
				/htmlToSlate\(/.test(code.replace(/export function htmlToSlate\(/, '')) ||
				(file !== join('serializers', 'index.js') && /rehype-parse/.test(code)),
		);
		assert.deepEqual(
			callers.map(([file]) => file),
			[],
		);
	});

	it('gives gray-matter its own YAML engine, so gray-matter’s js-yaml is never called', () => {
		const frontmatter = esmSources('decap-cms-core').get(join('formats', 'frontmatter.js')) ?? '';
		assert.match(frontmatter, /const parsers = \{[\s\S]*?\byaml: \{\s*parse:/);
		assert.equal((frontmatter.match(/engines: parsers/g) ?? []).length, 2);
	});

	it('runs on React 19 or later, which never calls propTypes (react-style-proptype)', () => {
		const { version } = require('react/package.json') as { version: string };
		assert.ok(Number(version.split('.')[0]) >= 19, version);
	});
});
