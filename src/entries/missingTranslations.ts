/**
 * Which `<locale>/<key>` ids are missing from a collection, given the ids it has: every key that exists
 * in one language must exist in all of them, or the language switch would lead nowhere.
 */
export function missingTranslations(ids: readonly string[], locales: readonly string[]): string[] {
	const present = new Set(ids);
	const keys = new Set(ids.map((id) => id.slice(id.indexOf('/') + 1)));
	return [...keys]
		.flatMap((key) => locales.map((locale) => `${locale}/${key}`))
		.filter((id) => !present.has(id))
		.sort();
}
