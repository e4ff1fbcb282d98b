import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cmsConfig } from '../../admin/config.ts';

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
});
