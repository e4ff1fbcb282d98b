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
 * (values, stories, figures). Danish and English cover everything. The one list of the collections
 * a partial language has entries in (partialCollections below).
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
					message: pageKeys.includes(key as PageKey)
						? `the page registry (src/routing/pages.ts) keeps "${key}" to the complete languages (locales: 'complete'), so this page must not exist in ${locale}`
						: `the page registry (src/routing/pages.ts) has no page "${key}", so this page must not exist in ${locale}`,
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
 * The collections a partial language has entries in (some of them: see partialCoverage); every
 * other collection exists in the complete languages only. The CMS edits these in every language.
 */
export const partialCollections: ReadonlySet<string> = new Set(Object.keys(partialCoverage));

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
