import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { figuresDataPath } from '../../src/figures/figuresDataPath.ts';
import { figuresCsvColumns } from '../../src/figures/figuresCsv.ts';
import { dist } from '../helpers/built.ts';

/**
 * The built figures CSV opened in a real spreadsheet: LibreOffice Calc, headless (Debian's
 * `libreoffice-calc-nogui`; `.ci/run` installs it). Calc reads each file and writes it back out as a
 * flat OpenDocument spreadsheet (`.fods`, XML), whose cells say whether Calc took them as numbers
 * (`office:value-type="float"`) or as text. The Danish file is read as a spreadsheet with Danish
 * settings reads it: a user profile whose locale is da-DK, the semicolon Danish regional settings use
 * as list separator, and Danish (LCID 1030) for reading numbers, so a decimal comma is a decimal mark.
 */

/** A Calc user profile with the locale `locale` (Tools ▸ Options ▸ Language Settings ▸ Locale). */
function profile(locale: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'csv-calc-'));
	mkdirSync(join(dir, 'user'));
	writeFileSync(
		join(dir, 'user', 'registrymodifications.xcu'),
		`<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`,
	);
	return dir;
}

interface Settings {
	/** The profile's locale, e.g. da-DK. */
	locale: string;
	/** The field separator, as a character code (59 is ";", 44 is ","). */
	separator: number;
	/** The language numbers are read in, as a Windows LCID (1030 Danish, 1033 US English). */
	lcid: number;
}

const danish: Settings = { locale: 'da-DK', separator: 59, lcid: 1030 };

/** One cell as Calc read it: its type and, for a number, the number. */
interface Cell {
	type: string;
	value?: number;
	text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (xml: string) => xml.replace(/&(\w+);/g, (_, name: string) => entities[name] ?? _);

/** The first sheet of a flat ODS file as rows of cells (repeats expanded, trailing empties dropped). */
function sheetRows(fods: string): Cell[][] {
	const table = fods.match(/<table:table [^>]*>([\s\S]*?)<\/table:table>/)?.[1] ?? '';
	const rows = [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)];
	return rows.map(([, row]) => {
		const cells: Cell[] = [];
		for (const [, attrs, body = ''] of row!.matchAll(
			/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
		)) {
			const repeat = Number(attrs!.match(/table:number-columns-repeated="(\d+)"/)?.[1] ?? 1);
			const type = attrs!.match(/office:value-type="(\w+)"/)?.[1] ?? 'empty';
			const value = attrs!.match(/office:value="([^"]+)"/)?.[1];
			const text = unescape(
				[...body.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)]
					.map(([, p]) => p!.replace(/<[^>]+>/g, ''))
					.join('\n'),
			);
			for (let i = 0; i < Math.min(repeat, 64); i++) {
				cells.push({ type, text, ...(value === undefined ? {} : { value: Number(value) }) });
			}
		}
		while (cells.at(-1)?.type === 'empty') cells.pop();
		return cells;
	});
}

/** `file` as Calc reads it with `settings`, as rows of cells. */
function throughCalc(file: string, settings: Settings): Cell[][] {
	const work = profile(settings.locale);
	execFileSync(
		'soffice',
		[
			'--headless',
			'--norestore',
			`-env:UserInstallation=file://${work}`,
			// separator, text delimiter ("), UTF-8 (76), from line 1, default column types, language
			`--infilter=CSV:${settings.separator},34,76,1,,${settings.lcid}`,
			'--convert-to',
			'fods',
			'--outdir',
			join(work, 'out'),
			file,
		],
		{ stdio: 'ignore', timeout: 120_000 },
	);
	const name = file
		.split('/')
		.at(-1)!
		.replace(/\.csv$/, '.fods');
	return sheetRows(readFileSync(join(work, 'out', name), 'utf8'));
}

const valueColumn = figuresCsvColumns.indexOf('value');

describe('the figures CSV in a spreadsheet', () => {
	it('starts with a UTF-8 byte-order mark, which Excel needs to read æ, ø and å', () => {
		for (const locale of ['da', 'en'] as const) {
			const bytes = readFileSync(join(dist, figuresDataPath(locale, 'csv')));
			assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], locale);
		}
	});

	it('opens in Calc with Danish settings in separate columns, the values as numbers, æ, ø and å intact', () => {
		const file = join(dist, figuresDataPath('da', 'csv'));
		const lines = readFileSync(file, 'utf8')
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		const [header, ...rows] = throughCalc(file, danish);
		// A clean header: the byte-order mark has not leaked into the first cell.
		assert.deepEqual(
			header!.map((cell) => cell.text),
			[...figuresCsvColumns],
		);
		assert.equal(rows.length, lines.length - 1, 'one spreadsheet row per CSV row');
		for (const [i, row] of rows.entries()) {
			const key = row[0]?.text;
			assert.equal(row.length, figuresCsvColumns.length, `${key}: ${row.length} columns`);
			assert.ok(
				row.every((cell) => cell.type !== 'empty'),
				`${key}: an empty cell`,
			);
			const value = row[valueColumn]!;
			assert.equal(value.type, 'float', `${key}: value read as ${value.type} »${value.text}«`);
			const written = lines[i + 1]!.split(';')[valueColumn]!;
			assert.equal(value.value, Number(written.replace(',', '.')), `${key}: value`);
		}
		const texts = rows.flat().map((cell) => cell.text);
		const danishText = texts.filter((text) => /[æøåÆØÅ]/.test(text));
		assert.ok(danishText.length >= 3, `only ${danishText.length} cells with æ, ø or å`);
		assert.ok(!texts.some((text) => /Ã[¦¸¥]/.test(text)), 'æ, ø or å read as Windows-1252');
	});

	it('reads a decimal comma as a decimal with Danish settings, and would not without them', () => {
		// The figures are whole numbers today; this proves a decimal one would arrive as a number too.
		const work = mkdtempSync(join(tmpdir(), 'csv-decimal-'));
		const file = join(work, 'decimal.csv');
		const built = readFileSync(join(dist, figuresDataPath('da', 'csv')), 'utf8').split('\r\n');
		const cells = built[1]!.split(';');
		cells[valueColumn] = '12,5';
		writeFileSync(file, [built[0], cells.join(';'), ''].join('\r\n'));
		const [, danishRow] = throughCalc(file, danish);
		assert.equal(danishRow![valueColumn]!.value, 12.5);
		const [, usRow] = throughCalc(file, { locale: 'en-US', separator: 59, lcid: 1033 });
		assert.equal(usRow![valueColumn]!.type, 'string', 'US settings read »12,5« as text');
	});

	it('the comma file would land in one column with Danish settings: why the Danish file has semicolons', () => {
		const [header] = throughCalc(join(dist, figuresDataPath('en', 'csv')), danish);
		assert.equal(header!.length, 1);
		const [english] = throughCalc(join(dist, figuresDataPath('en', 'csv')), {
			locale: 'en-GB',
			separator: 44,
			lcid: 2057,
		});
		assert.equal(english!.length, figuresCsvColumns.length, 'the comma file in comma settings');
	});
});
