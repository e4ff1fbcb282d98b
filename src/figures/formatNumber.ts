/**
 * Number formatters already made, by locale and style: one `Intl.NumberFormat` per language and kind of
 * number, so text, cards, charts and the open data's labels write a number the same way.
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** How a number is written: a count (digits grouped), a percentage, or a year (never grouped). */
export type NumberStyle = 'count' | 'percent' | 'year';

/**
 * `value` as written in `intlLocale` (a `locale.intl` string): `7.000` (da), `7,000` (en), `30 %` (da),
 * `30%` (en), `2002`. Always Latin digits (`-u-nu-latn`): Arabic's and Persian's default numbering
 * systems would write ٢٠١٢ / ۲۰۱۲, but figures are cited from Danish and English sources, copied into
 * Latin-digit spreadsheets, and the forms accept both, so every page keeps the digits its sources use.
 */
export function formatNumber(value: number, intlLocale: string, style: NumberStyle): string {
	const key = `${style} ${intlLocale}`;
	let made = formatters.get(key);
	if (!made) {
		made = new Intl.NumberFormat(`${intlLocale}-u-nu-latn`, {
			style: style === 'percent' ? 'percent' : 'decimal',
			useGrouping: style !== 'year',
			maximumFractionDigits: 1,
		});
		formatters.set(key, made);
	}
	return made.format(style === 'percent' ? value / 100 : value);
}
