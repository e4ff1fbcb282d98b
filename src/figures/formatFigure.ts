import type { Figure } from '../schemas/figures.ts';

/**
 * A figure's number as written in `intlLocale` (a `locale.intl` string), with the source's "more than" kept:
 * `Over 7.000` (da), `Over 7,000` (en), `30 %`, `2002`. Lists (figures with items) have no number: "".
 */
export function formatFigure(
	figure: Pick<Figure, 'value' | 'unit' | 'atLeast'>,
	intlLocale: string,
	moreThan: string,
): string {
	if (figure.value === undefined) return '';
	const number =
		figure.unit === 'year'
			? String(figure.value)
			: new Intl.NumberFormat(intlLocale, {
					style: figure.unit === 'percent' ? 'percent' : 'decimal',
					maximumFractionDigits: 1,
				}).format(figure.unit === 'percent' ? figure.value / 100 : figure.value);
	return figure.atLeast ? `${moreThan} ${number}` : number;
}
