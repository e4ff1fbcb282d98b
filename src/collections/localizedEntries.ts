import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { locales, type Locale } from '../i18n/locales.ts';
import { missingTranslations } from '../entries/missingTranslations.ts';

/**
 * The entries of `collection` in `locale`, in file order. Fails the build, naming the missing file, when
 * any entry lacks a translation: a page must never exist in one language only.
 */
export async function localizedEntries<C extends CollectionKey>(
	collection: C,
	locale: Locale,
): Promise<CollectionEntry<C>[]> {
	const entries = await getCollection(collection);
	const missing = missingTranslations(
		entries.map((entry) => entry.id),
		locales,
	);
	if (missing.length > 0) {
		const files = missing.map((id) => `content/${collection}/${id}.*`).join(', ');
		throw new Error(
			`Missing translation in "${collection}": ${files}. Every entry needs a file with the same name in each language folder (${locales.join(', ')}).`,
		);
	}
	return entries.filter((entry) => entry.id.startsWith(`${locale}/`));
}
