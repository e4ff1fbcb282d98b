import type { z } from 'astro/zod';
import { withoutEmpty } from '../src/entries/withoutEmpty.ts';

/**
 * What the build would say about an entry, one line per problem (`en › consent.date: Add the date…`),
 * or none. The CMS's own checks cover required fields; this catches the rest of the schema's rules
 * (a figure with both a number and a list, a web address without https://) before anything is saved.
 */
export function entryProblems(
	schema: z.ZodType,
	versions: Record<string, Record<string, unknown> | undefined>,
	/**
	 * The languages every entry needs (Danish and English). A partial language's version is checked
	 * only when it has any content: a question for mentors has no Arabic version, and needs none.
	 */
	required: readonly string[] = Object.keys(versions),
): string[] {
	return Object.entries(versions).flatMap(([locale, data]) => {
		const present = withoutEmpty(data ?? {});
		if (!required.includes(locale) && Object.keys(present).length === 0) return [];
		const result = schema.safeParse(present);
		if (result.success) return [];
		return result.error.issues.map(
			(issue) => `${locale} › ${issue.path.join('.') || 'entry'}: ${issue.message}`,
		);
	});
}
