import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cmsConfig } from '../../admin/config.ts';
import { dist } from '../helpers/built.ts';

/**
 * "Vis på siden" in the CMS: Decap opens `site_url` + the collection's `preview_path` with `{{slug}}`
 * the entry's key. Checked against the built site: every Danish entry's path is a page that exists and
 * shows the entry.
 */

const root = join(import.meta.dirname, '../..');
const site = 'https://mentor.kvinfo.dk';
const config = cmsConfig({ SITE: site });

describe('the CMS links each entry to its page on the site', () => {
	it('opens the site the build is for', () => {
		assert.equal(config.site_url, site);
	});

	for (const collection of config.collections) {
		const template = collection.preview_path;
		if (!template) continue;
		it(`${collection.name}: every Danish entry's preview path is a built page that shows it`, () => {
			const folder = join(root, collection.folder!, 'da');
			const keys = readdirSync(folder).map((file) => file.replace(/\.[^.]+$/, ''));
			assert.ok(keys.length > 0, `${folder} has entries`);
			for (const key of keys) {
				const path = template.replaceAll('{{slug}}', key);
				assert.match(
					path,
					/^\/[^{}]*\/$/,
					`${collection.name}/${key}: a whole path, every {{…}} filled`,
				);
				const file = join(dist, path, 'index.html');
				assert.ok(existsSync(file), `${collection.name}/${key}: ${path} is not a built page`);
				// The page shows the entry: its identifier field's text is on it.
				const source = readFileSync(
					join(
						folder,
						readdirSync(folder).find((f) => f.startsWith(`${key}.`))!,
					),
					'utf8',
				);
				const identifier = collection.identifier_field!;
				const value = new RegExp(`^${identifier}: ['"]?(.+?)['"]?$`, 'm').exec(source)?.[1];
				assert.ok(value, `${collection.name}/${key} has a ${identifier}`);
				const html = readFileSync(file, 'utf8').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
				assert.ok(html.includes(value), `${path} shows "${value}"`);
			}
		});
	}
});
