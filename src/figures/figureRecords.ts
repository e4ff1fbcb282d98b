import type { Figure, FigureQualifier } from '../schemas/figures.ts';
import type { Locale } from '../i18n/locales.ts';
import { entryKey } from '../entries/entryKey.ts';
import { formatFigure } from './formatFigure.ts';

/**
 * One figure as published in the open data: the date as YYYY-MM-DD, and only the fields that apply
 * (a number has no `items`, a ranking no `value`; a source has a `sourceUrl` or a `sourceNoUrl`), so no
 * field is ever empty or null.
 */
export type FigureRecord = {
	/** The figure's file name, the same in every language: a stable key for partners. */
	key: string;
	label: string;
	/** What the number counts or is a share of (a survey's share is of those who answered). */
	of: string;
	asOf: string;
	source: string;
} & ({ sourceUrl: string } | { sourceNoUrl: string }) &
	(
		| {
				unit: Exclude<Figure['unit'], 'ranking'>;
				value: number;
				/** How the source states the number: exactly, moreThan, atLeast or about. */
				qualifier: FigureQualifier;
				/** The number as the page writes it in this language, from the same formatter. */
				display: string;
		  }
		| { unit: 'ranking'; /** The ranked list, first is highest. */ items: string[] }
	);

/** The figures collection's entries in `locale` as open-data records, in the order given. */
export function figureRecords(
	entries: readonly { id: string; data: Figure }[],
	locale: Locale,
): FigureRecord[] {
	return entries.map(({ id, data }) => {
		const common = {
			key: entryKey(id),
			label: data.label,
			of: data.of,
			asOf: data.asOf.toISOString().slice(0, 10),
			source: data.source.name,
			...(data.source.url ? { sourceUrl: data.source.url } : { sourceNoUrl: data.source.noUrl! }),
		};
		if (data.unit === 'ranking') return { ...common, unit: 'ranking', items: data.items! };
		return {
			...common,
			unit: data.unit,
			value: data.value!,
			qualifier: data.qualifier,
			display: formatFigure(data, locale),
		};
	});
}
