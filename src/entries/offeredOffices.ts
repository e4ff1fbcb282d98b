/** What `offeredOffices` reads of an office: whether the newest source still names it. */
interface MaybeOffered {
	data: { offered: boolean };
}

/**
 * The offices she can choose today: those the newest source names. An office only an older source
 * names (Fyn in 2012) keeps its page and its stories, but is not offered in the sign-up forms or
 * drawn on the map, where it would read as running today.
 */
export function offeredOffices<T extends MaybeOffered>(offices: readonly T[]): T[] {
	return offices.filter((office) => office.data.offered);
}
