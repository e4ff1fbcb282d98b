import da from './strings/da.ts';
import en from './strings/en.ts';

/**
 * Every language the site is published in, by its BCP 47 tag. The first is the default and is served at
 * the site root; the others live under `/<tag>/`. To add a language: write `strings/<tag>.ts`, add it
 * here, and add `content/<collection>/<tag>/` folders. Right-to-left languages set `locale.dir` to `rtl`.
 */
export const dictionaries = { da, en };

export type Locale = keyof typeof dictionaries;
export type StringKey = keyof typeof da;

export const locales = Object.keys(dictionaries) as Locale[];
export const defaultLocale: Locale = locales[0]!;

/** True when `value` names one of the site's languages. */
export function isLocale(value: string | undefined): value is Locale {
	return value !== undefined && Object.hasOwn(dictionaries, value);
}

/** The UI string `key` in `locale`. */
export function t(locale: Locale, key: StringKey): string {
	return dictionaries[locale][key];
}

/** The writing direction of `locale`, for `<html dir>`. */
export function dir(locale: Locale): 'ltr' | 'rtl' {
	const direction: string = dictionaries[locale]['locale.dir'];
	return direction === 'rtl' ? 'rtl' : 'ltr';
}
