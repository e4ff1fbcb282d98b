import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { completeLocales, defaultLocale, locales, type Locale } from '../i18n/locales.ts';
import { missingTranslations } from '../entries/missingTranslations.ts';
import { entryKey } from '../entries/entryKey.ts';
import { uncoveredIn } from './coverage.ts';

/**
 * The entries of `collection` in `locale`, in file order. Fails the build, naming the missing file,
 * when an entry lacks a translation it needs: every entry in Danish and English, and in a partial
 * language every entry it covers (src/collections/coverage.ts).
 */
export async function localizedEntries<C extends CollectionKey>(
	collection: C,
	locale: Locale,
): Promise<CollectionEntry<C>[]> {
	const entries = await getCollection(collection);
	const ids = entries.map((entry) => entry.id);
	const partial = locales.filter((l) => !completeLocales.includes(l));
	const missing = [
		...missingTranslations(ids, completeLocales),
		...entries
			.filter((entry) => entry.id.startsWith(`${defaultLocale}/`))
			.flatMap((entry) =>
				partial
					.filter((l) => !uncoveredIn(collection, l, entryKey(entry.id), entry.data))
					.map((l) => `${l}/${entryKey(entry.id)}`),
			)
			.filter((id) => !ids.includes(id)),
	];
	if (missing.length > 0) {
		const files = missing.map((id) => `content/${collection}/${id}.*`).join(', ');
		throw new Error(
			`Missing translation in "${collection}": ${files}. Every entry needs a file with the same name in each language folder (${completeLocales.join(', ')}), and in each partial language that covers it.`,
		);
	}
	return entries.filter((entry) => entry.id.startsWith(`${locale}/`));
}
