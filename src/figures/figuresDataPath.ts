import type { Locale } from '../i18n/locales.ts';

/** The open-data formats the figures are published in. */
export const figuresDataFormats = ['json', 'csv'] as const;
export type FiguresDataFormat = (typeof figuresDataFormats)[number];

/**
 * The stable URL path of the figures in `locale` as `format`: `/data/figures-en.csv`. Labels and sources
 * are written in each language, so each language has its own file; keys and numbers are the same.
 */
export function figuresDataPath(locale: Locale, format: FiguresDataFormat): string {
	return `/data/figures-${locale}.${format}`;
}
