import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { completeLocales, defaultLocale, locales, type Locale } from '../i18n/locales.ts';
import { missingTranslations } from '../entries/missingTranslations.ts';
import { entryKey } from '../entries/entryKey.ts';
import { uncoveredIn } from './coverage.ts';

/** Each collection read and checked once per production build (content cannot change during one). */
const checkedOnce = new Map<CollectionKey, Promise<CollectionEntry<CollectionKey>[]>>();

/**
 * The entries of `collection` in `locale`, in file order. Fails the build, naming the missing file,
 * when an entry lacks a translation it needs: every entry in Danish and English, and in a partial
 * language every entry it covers (src/collections/coverage.ts).
 */
export async function localizedEntries<C extends CollectionKey>(
	collection: C,
	locale: Locale,
): Promise<CollectionEntry<C>[]> {
	// A build asks for the same collections from every list page and from getStaticPaths: reading
	// them once (tests/bench/profile.ts showed getCollection and the translation check repeated).
	// `astro dev` reads them afresh, so an edited entry shows on reload.
	let checked = checkedOnce.get(collection);
	if (!checked || !import.meta.env.PROD) {
		checked = checkedEntries(collection);
		checkedOnce.set(collection, checked);
	}
	const entries = (await checked) as CollectionEntry<C>[];
	return entries.filter((entry) => entry.id.startsWith(`${locale}/`));
}

/** Every entry of `collection`, after checking that none lacks a translation it needs. */
async function checkedEntries<C extends CollectionKey>(
	collection: C,
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
	return entries;
}
