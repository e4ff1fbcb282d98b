import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { figuresDataPath } from '../../src/figures/figuresDataPath.ts';
import { dist } from '../helpers/built.ts';

/**
 * The built figures CSV opened in a real spreadsheet: LibreOffice Calc, headless (Debian's
 * `libreoffice-calc-nogui`; `.ci/run` installs it), reads each file as a UTF-8 CSV and writes it back
 * out; the Danish labels must come back with æ, ø and å intact and the header row clean (the
 * byte-order mark, which tells Excel the file is UTF-8, must not leak into the first cell).
 */

/** The file as Calc reads it (comma, double quotes, UTF-8) and writes it back, as text. */
function throughCalc(file: string): string {
	const work = mkdtempSync(join(tmpdir(), 'csv-calc-'));
	execFileSync(
		'soffice',
		[
			'--headless',
			'--norestore',
			`-env:UserInstallation=file://${join(work, 'profile')}`,
			'--infilter=CSV:44,34,76,1',
			'--convert-to',
			'csv:Text - txt - csv (StarCalc):44,34,76',
			'--outdir',
			join(work, 'out'),
			file,
		],
		{ stdio: 'ignore', timeout: 120_000 },
	);
	return readFileSync(join(work, 'out', file.split('/').at(-1)!), 'utf8');
}

describe('the figures CSV in a spreadsheet', () => {
	it('starts with a UTF-8 byte-order mark, which Excel needs to read æ, ø and å', () => {
		for (const locale of ['da', 'en'] as const) {
			const bytes = readFileSync(join(dist, figuresDataPath(locale, 'csv')));
			assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], locale);
		}
	});

	it('opens in LibreOffice Calc with æ, ø and å intact and a clean header row', () => {
		const file = join(dist, figuresDataPath('da', 'csv'));
		const original = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
		const back = throughCalc(file);
		const header = back.split(/\r?\n/)[0];
		assert.equal(header, original.split('\r\n')[0]);
		const danish = original.match(/[^,"\r\n]*[æøåÆØÅ][^,"\r\n]*/g) ?? [];
		assert.ok(danish.length >= 3, `only ${danish.length} cells with æ, ø or å in the Danish CSV`);
		for (const cell of danish) assert.ok(back.includes(cell), `Calc lost »${cell}«`);
		assert.doesNotMatch(back, /Ã[¦¸¥]/, 'æ, ø or å read as Windows-1252');
	});
});
