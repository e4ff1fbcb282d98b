import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { builtPages, dist } from '../helpers/built.ts';

/**
 * Hunspell (Debian's `hunspell`, with `hunspell-da` and `hunspell-en-gb`; `.ci/run` installs them)
 * over the Danish and the English text of every built page: each piece of text is checked in the
 * language its element declares (`lang`, inherited), so an English title quoted on a Danish page is
 * checked as English. Names and terms the dictionaries lack are listed in tests/spelling/words.txt.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Hunspell's dictionary for each language the site is written in. */
const dictionaries: Record<string, string> = { da: 'da_DK', en: 'en_GB' };
/**
 * The project's words: names of people and places (`words.txt`, both languages), and each language's
 * own additions (`da.txt`, `en.txt`): terms such as »mentee«, and titles and names quoted from the
 * other language. Hunspell reads one personal dictionary, so they are joined into a temporary file.
 */
const spellingDir = join(import.meta.dirname, '../spelling');
function wordList(language: string): string {
	const words = ['words.txt', `${language}.txt`]
		.map((file) => join(spellingDir, file))
		.filter((file) => existsSync(file))
		.map((file) => readFileSync(file, 'utf8'))
		.join('\n');
	const file = join(mkdtempSync(join(tmpdir(), 'spelling-')), `${language}.dic`);
	writeFileSync(file, words);
	return file;
}
/** Not prose: code, scripts, styles, and the search index's own markup. */
const skipped = new Set(['script', 'style', 'code', 'pre', 'template', 'noscript']);

/** The text of `html`, by the language each piece is written in. */
export function textByLanguage(html: string): Map<string, string[]> {
	const texts = new Map<string, string[]>();
	const walk = (node: Node, lang: string) => {
		if ('tagName' in node) {
			if (skipped.has(node.tagName)) return;
			const own = (node as Element).attrs.find((a) => a.name === 'lang')?.value;
			if (own) lang = own.split('-')[0]!;
		}
		if (node.nodeName === '#text') {
			const value = (node as DefaultTreeAdapterMap['textNode']).value;
			if (value.trim()) texts.set(lang, [...(texts.get(lang) ?? []), value]);
		}
		const children = 'childNodes' in node ? node.childNodes : [];
		const content = node.nodeName === 'template' ? [] : children;
		for (const child of content) walk(child as Node, lang);
	};
	walk(parse(html) as unknown as Node, 'und');
	return texts;
}

/** The words hunspell does not know in `text`, with the project's word list. */
export function misspelt(text: string, language: string): string[] {
	const dictionary = dictionaries[language];
	if (!dictionary) return [];
	// Addresses and e-mail addresses are not words.
	const prose = text
		.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+|\S+\.(?:dk|org|com|ca|net)\S*/g, ' ')
		// A typographic apostrophe inside a word is an apostrophe (KVINFO’s); any other quote mark is not
		// part of the word (‘other’, 'Facts').
		.replace(/(?<=\p{L})[’'](?=\p{L})/gu, "'")
		.replace(/[‘’]|(?<!\p{L})'|'(?!\p{L})/gu, ' ');
	const out = execFileSync('hunspell', ['-d', dictionary, '-p', wordList(language), '-l'], {
		input: prose,
		encoding: 'utf8',
		maxBuffer: 32 * 1024 * 1024,
	});
	return [...new Set(out.split('\n').filter(Boolean))];
}

const installed = (name: string) =>
	existsSync(`/usr/share/hunspell/${name}.dic`) || existsSync(`/usr/share/myspell/${name}.dic`);

describe('spelling', () => {
	it('finds Debian’s hunspell and the Danish and English dictionaries', () => {
		assert.doesNotThrow(
			() => execFileSync('hunspell', ['-v'], { encoding: 'utf8' }),
			'hunspell is missing: apt-get install hunspell hunspell-da hunspell-en-gb (.ci/run does it)',
		);
		for (const name of Object.values(dictionaries)) {
			assert.ok(installed(name), `the hunspell dictionary ${name} is missing`);
		}
	});

	it('catches a misspelling in each language (the check can fail)', () => {
		assert.deepEqual(misspelt('Mentornetværket hjælper kvinder med at fidne arbejde.', 'da'), [
			'fidne',
		]);
		assert.deepEqual(misspelt('The network helps women find wrok.', 'en'), ['wrok']);
	});

	it('has no misspelt word in the Danish or English text of any built page', () => {
		const pages = builtPages().filter((page) => !relative(dist, page).startsWith('admin'));
		assert.ok(pages.length > 40, `only ${pages.length} pages built`);
		const byLanguage = new Map<string, Map<string, Set<string>>>();
		for (const page of pages) {
			for (const [language, texts] of textByLanguage(readFileSync(page, 'utf8'))) {
				const pieces = byLanguage.get(language) ?? new Map<string, Set<string>>();
				pieces.set(relative(dist, page), new Set(texts));
				byLanguage.set(language, pieces);
			}
		}
		const problems: string[] = [];
		for (const [language, pagesTexts] of byLanguage) {
			// One hunspell run per language, then each unknown word is traced to its pages.
			const all = [...pagesTexts.values()].flatMap((texts) => [...texts]).join('\n');
			for (const word of misspelt(all, language)) {
				const where = [...pagesTexts]
					.filter(([, texts]) => [...texts].some((text) => text.replace(/’/g, "'").includes(word)))
					.map(([page]) => page);
				problems.push(`${language}: ${word} (${where.slice(0, 3).join(', ')})`);
			}
		}
		assert.deepEqual(problems, [], 'misspelt, or a name to add to tests/spelling/words.txt');
	});
});
