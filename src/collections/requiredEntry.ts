import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';

/** The entry `id` of `collection`, or a build error naming the file an editor must add. */
export async function requiredEntry<C extends CollectionKey>(
	collection: C,
	id: string,
): Promise<CollectionEntry<C>> {
	const entry = await getEntry(collection, id);
	if (!entry) {
		throw new Error(`Missing content: add content/${collection}/${id}.* (the site needs it).`);
	}
	return entry as CollectionEntry<C>;
}
