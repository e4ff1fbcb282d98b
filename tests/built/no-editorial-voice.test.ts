import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import { builtPages, dist } from '../helpers/built.ts';

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

type Node = { nodeName: string; value?: string; childNodes?: Node[]; content?: Node };

/** The visible text of a page: every text node, leaving out scripts, styles and templates. */
function visibleText(node: Node, out: string[] = []): string[] {
	if (['script', 'style', 'template', 'noscript'].includes(node.nodeName)) return out;
	if (node.nodeName === '#text' && node.value) out.push(node.value);
	for (const child of node.childNodes ?? []) visibleText(child, out);
	return out;
}

describe('the built pages’ wording', () => {
	it('never speaks of "our sources" (da, en, ar, fa, uk, so)', () => {
		const pages = builtPages();
		assert.ok(pages.length > 40, `only ${pages.length} pages built`);
		const found: string[] = [];
		for (const page of pages) {
			const text = visibleText(parse(readFileSync(page, 'utf8')) as unknown as Node)
				.join(' ')
				.replace(/\s+/g, ' ')
				.toLowerCase();
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
