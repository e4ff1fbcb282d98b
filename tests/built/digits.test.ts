import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { builtPages, dist, pageText } from '../helpers/built.ts';

/**
 * One way to write a number on every page: the site writes Latin digits in every language (the
 * figures' formatter, src/figures/formatNumber.ts, says why), so the Arabic and Persian pages'
 * text must not mix in Arabic-Indic (٠–٩) or Persian (۰–۹) digits. The forms still accept them.
 */
const nativeDigits = /[\u0660-\u0669\u06F0-\u06F9]+/g;

describe('the Arabic and Persian pages’ numbers', () => {
	it('are written in Latin digits, as every other page’s', () => {
		const pages = builtPages().filter((file) =>
			/<html[^>]*\slang="(ar|fa)"/.test(readFileSync(file, 'utf8').slice(0, 400)),
		);
		assert.ok(pages.length > 10, `only ${pages.length} Arabic and Persian pages built`);
		const found = pages.flatMap((file) =>
			[...pageText(file).matchAll(nativeDigits)].map(
				(match) => `${relative(dist, file)}: ${match[0]}`,
			),
		);
		assert.deepEqual(found, []);
	});
});
