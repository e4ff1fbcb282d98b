/** A date as written in running text in `intlLocale` (a `locale.intl` string): "24. november 2026". */
export function formatDate(date: Date, intlLocale: string): string {
	return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * The month and year of `date` ("oktober 2012"): how precise an as-of date is when the source gives a
 * month or an event rather than a day (the 2012 presentation is dated by its conference, 11–12 October).
 */
export function formatMonth(date: Date, intlLocale: string): string {
	return new Intl.DateTimeFormat(intlLocale, {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(date);
}
