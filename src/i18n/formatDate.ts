/**
 * Formatters already made, by locale and style: building an `Intl.DateTimeFormat` costs far more than
 * using one, and a build formats the dates of thousands of pages in a handful of locales.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(intlLocale: string, style: 'day' | 'month'): Intl.DateTimeFormat {
	const key = `${style} ${intlLocale}`;
	let made = formatters.get(key);
	if (!made) {
		made = new Intl.DateTimeFormat(
			intlLocale,
			style === 'day'
				? { dateStyle: 'long', timeZone: 'UTC' }
				: { month: 'long', year: 'numeric', timeZone: 'UTC' },
		);
		formatters.set(key, made);
	}
	return made;
}

/** A date as written in running text in `intlLocale` (a `locale.intl` string): "24. november 2026". */
export function formatDate(date: Date, intlLocale: string): string {
	return formatter(intlLocale, 'day').format(date);
}

/**
 * The month and year of `date` ("oktober 2012"): how precise an as-of date is when the source gives a
 * month or an event rather than a day (the 2012 presentation is dated by its conference, 11–12 October).
 */
export function formatMonth(date: Date, intlLocale: string): string {
	return formatter(intlLocale, 'month').format(date);
}
