/**
 * Formatters already made, by locale and style: building an `Intl.DateTimeFormat` costs far more than
 * using one, and a build formats the dates of thousands of pages in a handful of locales.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(intlLocale: string, style: 'day' | 'month'): Intl.DateTimeFormat {
	const key = `${style} ${intlLocale}`;
	let made = formatters.get(key);
	if (!made) {
		// The Gregorian calendar and Latin digits in every language: Persian's defaults would write the
		// Solar Hijri year in Persian digits (۱۶ آذر ۱۴۰۵) beside sources dated "24 May 2022", and
		// every number on the site is written in Latin digits (tests/built/digits.test.ts holds it).
		made = new Intl.DateTimeFormat(
			`${intlLocale}-u-ca-gregory-nu-latn`,
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
