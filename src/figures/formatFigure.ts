import type { Figure } from '../schemas/figures.ts';
import { t, type Locale } from '../i18n/locales.ts';
import { formatNumber } from './formatNumber.ts';

/**
 * A figure's number as written in `locale`, with the source's qualifier in words: `Over 7.000` (da),
 * `Over 7,000` (en), `Ca. 8.500`, `30 %`, `2002`. A ranking has no number: "".
 */
export function formatFigure(
	figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>,
	locale: Locale,
): string {
	if (figure.value === undefined || figure.unit === 'ranking') return '';
	const number = formatNumber(figure.value, t(locale, 'locale.intl'), figure.unit);
	return figure.qualifier === 'exactly'
		? number
		: `${t(locale, `figures.qualifier.${figure.qualifier}`)} ${number}`;
}
