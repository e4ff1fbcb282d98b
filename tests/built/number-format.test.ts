import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import { routePath } from '../../src/routing/routes.ts';
import { completeLocales, type Locale } from '../../src/i18n/locales.ts';
import { dist } from '../helpers/built.ts';

/**
 * One number format per language on the partners' page: the figures' cards, charts and data labels
 * come from one formatter (src/figures/formatNumber.ts), and the page's own text must write numbers
 * the way it does, so "more than 7000" in the text and "Over 7,000" on a card cannot both appear.
 */

type Node = { nodeName: string; value?: string; childNodes?: Node[] };

/** The visible text of a page, leaving out scripts and styles. */
function visibleText(node: Node, out: string[] = []): string[] {
	if (['script', 'style', 'template'].includes(node.nodeName)) return out;
	if (node.nodeName === '#text' && node.value) out.push(node.value);
	for (const child of node.childNodes ?? []) visibleText(child, out);
	return out;
}

/** What the formatter never writes in each language, each with why. */
const wrong: Record<string, [RegExp, string][]> = {
	da: [
		[/\d%/, 'a percent sign without the space Danish writes (30 %)'],
		[/\d,\d{3}(?!\d)/, 'thousands grouped with a comma (Danish groups with a point: 7.000)'],
	],
	en: [
		[/\d[\s\u00a0]%/, 'a space before the percent sign (English writes 30%)'],
		[/\d\.\d{3}(?!\d)/, 'thousands grouped with a point (English groups with a comma: 7,000)'],
	],
};

/** Four or more digits in a row that are not a year: the formatter groups them (7.000, 7,000). */
const ungrouped = /(?<![\d/\-]|\d[.,])(\d{4,})(?!\d|[.,/]\d)/g;
const isYear = (digits: string) =>
	digits.length === 4 && Number(digits) >= 1900 && Number(digits) < 2100;

function problems(page: string, locale: Locale): string[] {
	const found: string[] = [];
	// An address shown as text (how to cite the page) is not a number a reader reads.
	const text = page.replace(/https?:\/\/\S+/g, ' ');
	for (const [pattern, why] of wrong[locale] ?? []) {
		const match = text.match(pattern);
		if (match)
			found.push(`${why}: »…${text.slice(Math.max(0, match.index! - 30), match.index! + 10)}…«`);
	}
	for (const [, digits] of text.matchAll(ungrouped)) {
		if (!isYear(digits!)) found.push(`an ungrouped number: ${digits}`);
	}
	// Arabic-Indic and Persian digits: the site writes Latin digits in every language (formatNumber.ts).
	if (/[\u0660-\u0669\u06f0-\u06f9]/.test(text)) found.push('Arabic-Indic or Persian digits');
	return found;
}

describe('numbers on the model page', () => {
	for (const locale of completeLocales) {
		it(`${locale}: are written the one way the language's formatter writes them`, () => {
			const file = join(dist, routePath({ locale, page: 'model' }), 'index.html');
			const text = visibleText(parse(readFileSync(file, 'utf8')) as unknown as Node)
				.join(' ')
				.replace(/\s+/g, ' ');
			assert.deepEqual(problems(text, locale), []);
		});
	}

	it('the check fails on the old text', () => {
		assert.equal(problems('more than 7000 people, 30 % said', 'en').length, 2);
		assert.equal(problems('mere end 7000, 30% sagde, 7,000', 'da').length, 3);
		assert.equal(problems('۲۰۱۲ and 2012', 'en').length, 1);
	});
});
