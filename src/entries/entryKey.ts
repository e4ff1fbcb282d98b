/** The language-neutral key of an entry id: `da/amal-hanne` → `amal-hanne`. */
export function entryKey(id: string): string {
	return id.slice(id.indexOf('/') + 1);
}
