import { z } from 'astro/zod';

/**
 * A field naming another entry of the same language, as `<locale>/<key>`, refused unless that entry
 * exists. The message lists the keys an editor can choose from in that language.
 */
export function existingEntry(collection: string, ids: readonly string[]) {
	return z.string({ error: `Choose one of the ${collection}.` }).refine((id) => ids.includes(id), {
		error: (issue) => {
			const [locale, key] = String(issue.input).split('/');
			const choices = ids
				.filter((id) => id.startsWith(`${locale}/`))
				.map((id) => id.slice(id.indexOf('/') + 1));
			return `There is no entry "${key}" in content/${collection}/${locale}/. Choose one of: ${choices.join(', ')}.`;
		},
	});
}
