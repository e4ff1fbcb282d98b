/** Entries sorted by their `order` field, lowest first; ties keep their id order. */
export function sortByOrder<T extends { id: string; data: { order: number } }>(entries: T[]): T[] {
	return entries.toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
