/** A date as written in running text in `intlLocale` (a `locale.intl` string): "24. november 2026". */
export function formatDate(date: Date, intlLocale: string): string {
	return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
