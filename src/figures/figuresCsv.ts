import type { FigureRecord } from './figureRecords.ts';
import { figuresLicence } from './figuresLicence.ts';

/**
 * The CSV columns, in order. Every cell of every row is filled: a ranking is written as one row per
 * place (`top-countries-1` … with the place as `value` and the unit `rank`), and `source_url_or_why_none`
 * holds the source's address or, where it has none, why.
 */
export const figuresCsvColumns = [
	'key',
	'label',
	'value',
	'qualifier',
	'unit',
	'display',
	'of',
	'as_of',
	'source',
	'source_url_or_why_none',
	'licence',
] as const;

/**
 * How a spreadsheet in a region expects a CSV. Excel with Danish regional settings splits on the
 * list separator, a semicolon, and reads a decimal comma; with a comma file every row lands in one
 * column. Everyone else's spreadsheets expect RFC 4180's comma and a decimal point.
 */
export interface CsvDialect {
	separator: ',' | ';';
	decimal: '.' | ',';
}

export const commaCsv: CsvDialect = { separator: ',', decimal: '.' };
export const danishCsv: CsvDialect = { separator: ';', decimal: ',' };

/**
 * A UTF-8 byte-order mark. Without it, a spreadsheet on a Danish Windows machine reads the file in the
 * system's legacy code page and shows »æ« as »Ã¦«; with it, every spreadsheet reads UTF-8.
 * tests/built/csv-spreadsheet.test.ts opens the built file in LibreOffice Calc to prove it.
 */
export const utf8Bom = '\uFEFF';

/** The CSV rows of one record: one for a number, one per place for a ranking. */
function rows(r: FigureRecord): (string | number)[][] {
	const tail = [
		r.of,
		r.asOf,
		r.source,
		'sourceUrl' in r ? r.sourceUrl : r.sourceNoUrl,
		`${figuresLicence.name} ${figuresLicence.url}`,
	];
	if (r.unit === 'ranking') {
		return r.items.map((item, i) => [
			`${r.key}-${i + 1}`,
			`${r.label}: ${item}`,
			i + 1,
			'exactly',
			'rank',
			String(i + 1),
			...tail,
		]);
	}
	return [[r.key, r.label, r.value, r.qualifier, r.unit, r.display, ...tail]];
}

/**
 * The figures as CSV in `dialect` (CRLF line ends, a header row, UTF-8 with a BOM, RFC 4180 quoting
 * with the dialect's separator): plain numbers without grouping, the dialect's decimal mark.
 */
export function figuresCsv(records: readonly FigureRecord[], dialect: CsvDialect): string {
	const special = new RegExp(`["${dialect.separator}\\r\\n]`);
	const cell = (value: string | number) => {
		const text = typeof value === 'number' ? String(value).replace('.', dialect.decimal) : value;
		return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
	};
	const lines = [[...figuresCsvColumns], ...records.flatMap(rows)].map((row) =>
		row.map(cell).join(dialect.separator),
	);
	return utf8Bom + lines.join('\r\n') + '\r\n';
}
