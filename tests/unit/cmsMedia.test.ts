import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CmsField } from 'decap-cms-core';
import { cmsConfig } from '../../admin/config.ts';
import { unusableTypeMessage, uploads, usableUpload } from '../../admin/media.ts';

/** Every field of the generated configuration, at any depth, with its path. */
function* allFields(fields: CmsField[], path: string): Generator<[string, CmsField]> {
	for (const field of fields) {
		yield [`${path}.${field.name}`, field];
		const nested = field as { fields?: CmsField[]; field?: CmsField };
		if (nested.fields) yield* allFields(nested.fields, `${path}.${field.name}`);
		if (nested.field) yield* allFields([nested.field], `${path}.${field.name}`);
	}
}

describe('pictures editors upload', () => {
	const config = cmsConfig({});
	const images = config.collections.flatMap((collection) =>
		[...allFields(collection.fields ?? [], collection.name)].filter(
			([, field]) => field.widget === 'image',
		),
	);

	it('limits the size of every image field with Decap’s own max_file_size', () => {
		assert.ok(images.length > 0, 'the configuration has no image field');
		for (const [path, field] of images) {
			const library = (field as { media_library?: { config?: { max_file_size?: number } } })
				.media_library;
			assert.equal(library?.config?.max_file_size, uploads.maxBytes, path);
		}
		assert.equal(uploads.maxBytes, 5_000_000);
	});

	it('accepts the formats Astro’s image pipeline resizes, and nothing else', () => {
		for (const [name, type] of [
			['sara.jpg', 'image/jpeg'],
			['SARA.JPEG', 'image/jpeg'],
			['sara.png', 'image/png'],
			['sara.webp', 'image/webp'],
			['sara.avif', 'image/avif'],
		]) {
			assert.equal(usableUpload({ name: name!, type: type! }), true, name);
		}
		for (const [name, type] of [
			['IMG_0001.HEIC', 'image/heic'],
			['logo.svg', 'image/svg+xml'],
			['dans.gif', 'image/gif'],
			['scan.tiff', 'image/tiff'],
			['scan.bmp', 'image/bmp'],
			['cv.pdf', 'application/pdf'],
			// Name and type must agree: a renamed file is not what it says.
			['IMG_0001.jpg', 'image/heic'],
			['sara', 'image/jpeg'],
		]) {
			assert.equal(usableUpload({ name: name!, type: type! }), false, name);
		}
	});

	it('says why in Danish and in English, naming the file', () => {
		assert.match(unusableTypeMessage.da('IMG_0001.HEIC'), /«IMG_0001\.HEIC» kan ikke bruges.*JPEG/);
		assert.match(unusableTypeMessage.en('IMG_0001.HEIC'), /“IMG_0001\.HEIC” cannot be used.*JPEG/);
	});
});
