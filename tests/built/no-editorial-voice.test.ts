import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { builtPages, dist, pageText } from '../helpers/built.ts';

/**
 * Phrases that speak of "our sources" instead of saying the source and its date
 * (or "we do not know; ask us"), in every language the site is written in.
 */
const phrases: Record<string, string[]> = {
	da: ['vores kilder', 'kilderne siger', 'vores kilde'],
	en: ['our sources', 'our source', 'sources we hold', 'the sources say'],
	ar: ['مصادرنا'],
	fa: ['منابع ما'],
	uk: ['наші джерела', 'наших джерелах', 'наших джерел'],
	so: ['ilahayaga', 'ilaha aan haysanno'],
};

describe('the built pages’ wording', () => {
	it('never speaks of "our sources" (da, en, ar, fa, uk, so)', () => {
		const pages = builtPages();
		assert.ok(pages.length > 40, `only ${pages.length} pages built`);
		const found: string[] = [];
		for (const page of pages) {
			const text = pageText(page).toLowerCase();
			for (const [lang, list] of Object.entries(phrases)) {
				for (const phrase of list) {
					if (text.includes(phrase.toLowerCase())) {
						found.push(`${relative(dist, page)}: "${phrase}" (${lang})`);
					}
				}
			}
		}
		assert.deepEqual(found, []);
	});
});
