import { isPartial, type Locale } from '../i18n/locales.ts';
import { pageExistsIn, pageKeys, type PageKey } from '../routing/pages.ts';

/** Why an entry may not exist in a language: the field that decides it, and what to do. */
export interface Uncovered {
	field: string;
	message: string;
}

/** FAQ audiences whose questions a partial language answers: hers. */
const menteeAudiences: readonly unknown[] = ['mentee', 'everyone'];

/**
 * Which entries of each collection a partial language covers, given the entry's key and data:
 * `undefined` when covered, otherwise why not. A collection not listed here is not covered at all
 * (values, stories, figures). Danish and English cover everything.
 */
const partialCoverage: Record<
	string,
	(key: string, data: Record<string, unknown>, locale: Locale) => Uncovered | undefined
> = {
	pages: (key, _data, locale) =>
		pageKeys.includes(key as PageKey) && pageExistsIn(key as PageKey, locale)
			? undefined
			: {
					field: 'locales',
					message: `the page registry (src/routing/pages.ts) does not list ${locale} in the locales of "${key}", so this page must not exist in ${locale}`,
				},
	faqs: (_key, data, locale) =>
		menteeAudiences.includes(data['audience'])
			? undefined
			: {
					field: 'audience',
					message: `${locale} covers only the questions for ${menteeAudiences.join(' and ')}, not "${String(data['audience'])}"`,
				},
	offices: () => undefined,
	settings: () => undefined,
};

/**
 * Whether `collection`'s entry `key` (with `data`, in any language) belongs in `locale`: always in a
 * complete language; in a partial one only where it covers it.
 */
export function uncoveredIn(
	collection: string,
	locale: Locale,
	key: string,
	data: Record<string, unknown>,
): Uncovered | undefined {
	if (!isPartial(locale)) return undefined;
	const covers = partialCoverage[collection];
	if (!covers) {
		return {
			field: 'translation',
			message: `${locale} does not cover the collection "${collection}" (src/collections/coverage.ts)`,
		};
	}
	return covers(key, data, locale);
}
