import { dictionaries } from './strings/index.ts';
import type da from './strings/da.ts';

export { dictionaries };

/**
 * Every language the site is published in, by its BCP 47 tag, is a strings file registered in
 * `strings/index.ts`. The first is the default and is served at the site root; the others live under
 * `/<tag>/`. A language is either complete (`locale.coverage: 'complete'`, every page: Danish and
 * English) or partial (`'partial'`: only the pages whose registry entry in `src/routing/pages.ts`
 * does not say `locales: 'complete'`, typed by `strings/partial.ts`). Right-to-left
 * languages set `locale.dir` to `rtl`.
 */
export type Locale = keyof typeof dictionaries;
export type StringKey = keyof typeof da;

export const locales = Object.keys(dictionaries) as Locale[];
export const defaultLocale: Locale = locales[0]!;

/** The languages every page exists in (Danish and English). */
export const completeLocales: readonly Locale[] = locales.filter(
	(locale) => dictionaries[locale]['locale.coverage'] === 'complete',
);

/** True when `locale` covers only part of the site (the mentee's path). */
export function isPartial(locale: Locale): boolean {
	return !completeLocales.includes(locale);
}

/** True when `value` names one of the site's languages. */
export function isLocale(value: string | undefined): value is Locale {
	return value !== undefined && Object.hasOwn(dictionaries, value);
}

/** True when `locale`'s strings have `key` (a partial language lacks the keys of pages it does not cover). */
export function hasString(locale: Locale, key: string): key is StringKey {
	return Object.hasOwn(dictionaries[locale], key);
}

/**
 * The UI string `key` in `locale`. A partial language's strings lack the keys only uncovered pages
 * use; asking for one fails the build, naming the file to add it to.
 */
export function t(locale: Locale, key: StringKey): string {
	if (!hasString(locale, key)) {
		throw new Error(
			`src/i18n/strings/${locale}.ts has no "${key}". ${locale} is a partial language: add the string there (and drop it from the uncovered keys in src/i18n/strings/partial.ts), or keep the page that uses it out of ${locale} in src/routing/pages.ts.`,
		);
	}
	return (dictionaries[locale] as Record<StringKey, string>)[key];
}

/** The writing direction of `locale`, for `<html dir>`. */
export function dir(locale: Locale): 'ltr' | 'rtl' {
	const direction: string = dictionaries[locale]['locale.dir'];
	return direction === 'rtl' ? 'rtl' : 'ltr';
}
