import { entryKey } from './entryKey.ts';

/**
 * The entry whose language-neutral key is `key`, or an error naming the file an editor must add:
 * for a part of a page that needs one particular entry (a chart of one figure).
 */
export function entryByKey<T extends { id: string; collection: string }>(
	entries: readonly T[],
	key: string,
	locale: string,
): T {
	const entry = entries.find((candidate) => entryKey(candidate.id) === key);
	if (!entry) {
		const collection = entries[0]?.collection ?? 'the collection';
		throw new Error(
			`Missing content: add content/${collection}/${locale}/${key}.* (the site needs it).`,
		);
	}
	return entry;
}
