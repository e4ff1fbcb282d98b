import type { FigureRecord } from './figureRecords.ts';

/** The CSV columns, in order; `items` holds a ranked list joined by "; ", first is highest. */
export const figuresCsvColumns = [
	'key',
	'label',
	'value',
	'at_least',
	'unit',
	'items',
	'as_of',
	'source',
	'source_url',
] as const;

/** A cell quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
function cell(value: string | number | boolean | null): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A UTF-8 byte-order mark. Without it, a spreadsheet on a Danish Windows machine reads the file in the
 * system's legacy code page and shows »æ« as »Ã¦«; with it, every spreadsheet reads UTF-8.
 * tests/built/csv-spreadsheet.test.ts opens the built file in LibreOffice Calc to prove it.
 */
export const utf8Bom = '\uFEFF';

/** The figures as CSV (RFC 4180: CRLF line ends, a header row, UTF-8 with a BOM), for spreadsheets. */
export function figuresCsv(records: readonly FigureRecord[]): string {
	const rows = records.map((r) => [
		r.key,
		r.label,
		r.value,
		r.atLeast,
		r.unit,
		r.items?.join('; ') ?? null,
		r.asOf,
		r.source,
		r.sourceUrl,
	]);
	const lines = [figuresCsvColumns, ...rows].map((row) => row.map(cell).join(','));
	return utf8Bom + lines.join('\r\n') + '\r\n';
}
