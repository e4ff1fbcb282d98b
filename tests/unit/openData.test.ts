import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureSchema } from '../../src/schemas/figures.ts';
import { figureRecords, type FigureRecord } from '../../src/figures/figureRecords.ts';
import {
	commaCsv,
	danishCsv,
	figuresCsv,
	figuresCsvColumns,
	type CsvDialect,
} from '../../src/figures/figuresCsv.ts';
import { figuresLicence } from '../../src/figures/figuresLicence.ts';
import { completeLocales } from '../../src/i18n/locales.ts';
import { figureFiles } from '../helpers/content.ts';

const source = { name: 'KVINFO: “Facts”, 11–12 October 2012', noUrl: 'A talk; no copy online.' };
const entries = [
	{
		id: 'en/participants',
		data: figureSchema.parse({
			label: 'Participants since 2002',
			value: 7000,
			qualifier: 'moreThan',
			of: 'people who took part',
			asOf: '2012-10-11',
			source,
			order: 1,
		}),
	},
	{
		id: 'en/top-countries',
		data: figureSchema.parse({
			label: 'Countries, "ranked"',
			items: ['Iraq', 'Russia'],
			unit: 'ranking',
			of: 'countries of background',
			asOf: '2012-10-11',
			source: { name: 'A, B', url: 'https://example.org/a' },
			order: 2,
		}),
	},
	{
		id: 'en/share',
		data: figureSchema.parse({
			label: 'Share',
			value: 12.5,
			unit: 'percent',
			of: 'those who answered',
			asOf: '2022-05-24',
			source: { name: 'S', url: 'https://example.org/s' },
			order: 3,
		}),
	},
];

/** The cells of each line of `csv` in `dialect` (quoted cells may hold the separator). */
function csvCells(csv: string, dialect: CsvDialect): string[][] {
	const sep = dialect.separator;
	const cell = new RegExp(`(?:^|${sep})("(?:[^"]|"")*"|[^${sep}]*)`, 'g');
	return csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n')
		.map((line) =>
			[...line.matchAll(cell)].map((m) =>
				m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!,
			),
		);
}

/**
 * What partners rely on in every record and every CSV row: no field empty or null, a licence, and a
 * source address or the reason there is none.
 */
function assertComplete(records: readonly FigureRecord[], where: string) {
	for (const record of records) {
		for (const [field, value] of Object.entries(record)) {
			assert.ok(
				value !== null && value !== undefined && String(value).trim() !== '',
				`${where}: ${record.key}.${field} is empty`,
			);
		}
		assert.ok(
			'sourceUrl' in record !== 'sourceNoUrl' in record,
			`${where}: ${record.key} needs a source URL or the reason it has none`,
		);
	}
	for (const dialect of [commaCsv, danishCsv]) {
		assertCsvComplete(figuresCsv(records, dialect), dialect, where);
	}
}

/** Every row of `csv` has every column filled, the licence last. */
function assertCsvComplete(csv: string, dialect: CsvDialect, where: string) {
	{
		const [header, ...rows] = csvCells(csv, dialect);
		assert.deepEqual(header, [...figuresCsvColumns], where);
		for (const row of rows) {
			assert.equal(
				row.length,
				figuresCsvColumns.length,
				`${where}: ${row[0]} has a wrong column count`,
			);
			row.forEach((value, i) =>
				assert.notEqual(
					value.trim(),
					'',
					`${where}: ${row[0]} has an empty ${figuresCsvColumns[i]}`,
				),
			);
			assert.equal(row.at(-1), `${figuresLicence.name} ${figuresLicence.url}`, `${where}: licence`);
		}
	}
}

describe('figure records', () => {
	it('keeps each figure with its key, qualifier, what it is of, as-of date and source', () => {
		const [participants, countries] = figureRecords(entries, 'en');
		assert.deepEqual(participants, {
			key: 'participants',
			label: 'Participants since 2002',
			of: 'people who took part',
			asOf: '2012-10-11',
			source: source.name,
			sourceNoUrl: source.noUrl,
			unit: 'count',
			value: 7000,
			qualifier: 'moreThan',
			display: 'Over 7,000',
		});
		assert.deepEqual(countries, {
			key: 'top-countries',
			label: 'Countries, "ranked"',
			of: 'countries of background',
			asOf: '2012-10-11',
			source: 'A, B',
			sourceUrl: 'https://example.org/a',
			unit: 'ranking',
			items: ['Iraq', 'Russia'],
		});
	});

	it('writes the display in the language of the file, with the one formatter', () => {
		const [participants] = figureRecords(entries, 'da');
		assert.equal(participants && 'display' in participants && participants.display, 'Over 7.000');
	});
});

describe('figures as CSV', () => {
	const comma = figuresCsv(figureRecords(entries, 'en'), commaCsv).split('\r\n');
	const danish = figuresCsv(figureRecords(entries, 'da'), danishCsv).split('\r\n');

	it('starts with a UTF-8 byte-order mark, then a header row, one row per number and per place, and a final line break', () => {
		assert.equal(comma[0], `\uFEFF${figuresCsvColumns.join(',')}`);
		assert.equal(danish[0], `\uFEFF${figuresCsvColumns.join(';')}`);
		assert.equal(comma.length, 1 + 1 + 2 + 1 + 1);
		assert.equal(comma.at(-1), '');
	});

	it('writes a ranking as one row per place, the place as the value', () => {
		assert.equal(
			comma[2],
			'top-countries-1,"Countries, ""ranked"": Iraq",1,exactly,rank,1,countries of background,2012-10-11,"A, B",https://example.org/a,CC BY 4.0 https://creativecommons.org/licenses/by/4.0/',
		);
	});

	it('uses semicolons and a decimal comma in the Danish file, commas and a point in the other', () => {
		assert.match(comma[4]!, /^share,Share,12\.5,exactly,percent,12\.5%,/);
		assert.match(danish[4]!, /^share;Share;12,5;exactly;percent;12,5\u00a0%;/);
		// A cell holding the separator is quoted; a comma in the Danish file needs no quotes.
		assert.match(danish[2]!, /;A, B;/);
	});
});

describe('the published figures', () => {
	for (const locale of completeLocales) {
		it(`${locale}: every record and CSV row is complete, sourced and licensed`, () => {
			const files = figureFiles(locale).map(({ key, ...data }) => ({
				id: `${locale}/${key}`,
				data: figureSchema.parse(data),
			}));
			assertComplete(figureRecords(files, locale), locale);
		});
	}
});

describe('the completeness check can fail', () => {
	const [participants] = figureRecords(entries, 'en');

	it('on an empty value', () => {
		assert.throws(() => assertComplete([{ ...participants!, label: '' }], 'x'), /label is empty/);
	});

	it('on a row without a source URL or the reason for none', () => {
		const { sourceNoUrl: _, ...bare } = participants as FigureRecord & { sourceNoUrl: string };
		assert.throws(() => assertComplete([bare as FigureRecord], 'x'), /source URL/);
	});

	it('on a missing licence', () => {
		const csv = figuresCsv([participants!], commaCsv).replace(/,CC BY 4\.0 \S+\r\n$/, ',\r\n');
		assert.throws(() => assertCsvComplete(csv, commaCsv, 'x'), /empty licence/);
	});

	it('on a schema entry with neither a source URL nor a reason', () => {
		const result = figureSchema.safeParse({ ...entries[0]!.data, source: { name: 'S' } });
		assert.equal(result.success, false);
		assert.match(result.error!.issues[0]!.message, /web address \(url\) or the reason/);
	});
});
