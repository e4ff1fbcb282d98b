/** One benchmark's figures: a titled table, and notes on how they were measured. */
export interface Report {
	title: string;
	columns: string[];
	rows: string[][];
	notes?: string[];
}

/** Prints a report as a plain-text table, numbers aligned right. */
export function printReport({ title, columns, rows, notes = [] }: Report): void {
	const widths = columns.map((column, i) =>
		Math.max(column.length, ...rows.map((row) => (row[i] ?? '').length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ');
	console.log(`\n${title}\n`);
	console.log(line(columns));
	console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
	if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
}

/** Bytes as kilobytes with one decimal: `12.3 KB`. */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
