import type { Figure } from '../schemas/figures.ts';
import { entryKey } from '../entries/entryKey.ts';

/** One figure as published in the open data: plain values, the date as YYYY-MM-DD, nulls for gaps. */
export interface FigureRecord {
	/** The figure's file name, the same in every language: a stable key for partners. */
	key: string;
	label: string;
	/** The number; null for a ranked list. */
	value: number | null;
	/** True when the source says "more than" the value. */
	atLeast: boolean;
	unit: Figure['unit'];
	/** The ranked list, first is highest; null for a number. */
	items: string[] | null;
	asOf: string;
	source: string;
	sourceUrl: string | null;
}

/** The figures collection's entries as open-data records, in the order given. */
export function figureRecords(entries: readonly { id: string; data: Figure }[]): FigureRecord[] {
	return entries.map(({ id, data }) => ({
		key: entryKey(id),
		label: data.label,
		value: data.value ?? null,
		atLeast: data.atLeast,
		unit: data.unit,
		items: data.items ?? null,
		asOf: data.asOf.toISOString().slice(0, 10),
		source: data.source.name,
		sourceUrl: data.source.url ?? null,
	}));
}
