import assert from 'node:assert/strict';
import { it } from 'node:test';
import da from 'decap-cms-locales/dist/esm/da/index.js';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { danishAdditions, danishCorrections, mergePhrases } from '../../admin/locale.ts';

type Phrases = { [key: string]: string | Phrases };

/** Every key of a nested phrase object, as `a.b.c`. */
function keys(phrases: Phrases, prefix = ''): string[] {
	return Object.entries(phrases).flatMap(([key, value]) =>
		typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
	);
}

it('the CMS has a Danish string for every string of Decap’s English interface', () => {
	const danish = new Set(keys(mergePhrases(da, danishAdditions, danishCorrections)));
	assert.deepEqual(
		keys(en).filter((key) => !danish.has(key)),
		[],
		'add the missing strings to danishAdditions in admin/locale.ts',
	);
});

it('adds only what Decap lacks, and corrects only what Decap has', () => {
	const decap = new Set(keys(da));
	const english = new Set(keys(en));
	assert.deepEqual(
		keys(danishAdditions).filter((key) => decap.has(key) || !english.has(key)),
		[],
	);
	assert.deepEqual(
		keys(danishCorrections).filter((key) => !decap.has(key)),
		[],
	);
});
