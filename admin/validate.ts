import type { z } from 'astro/zod';
import { inDanish } from '../src/schemas/fields.ts';
import { withoutEmpty } from '../src/entries/withoutEmpty.ts';
import type { FieldHint } from './fields.ts';

/** One thing the build would refuse about an entry: in which language, which field, and why. */
export interface Problem {
	locale: string;
	path: PropertyKey[];
	/** The schema's message, in English (the build's language). */
	message: string;
}

/**
 * What the build would say about an entry, one problem per rule broken, or none. The CMS's own checks
 * cover required fields; this catches the rest of the schema's rules (a figure with both a number and
 * a list, a web address without https://) before anything is saved.
 */
export function entryProblems(
	schema: z.ZodType,
	versions: Record<string, Record<string, unknown> | undefined>,
	/**
	 * The languages every entry needs (Danish and English). A partial language's version is checked
	 * only when it has any content: a question for mentors has no Arabic version, and needs none.
	 */
	required: readonly string[] = Object.keys(versions),
): Problem[] {
	return Object.entries(versions).flatMap(([locale, data]) => {
		const present = withoutEmpty(data ?? {});
		if (!required.includes(locale) && Object.keys(present).length === 0) return [];
		const result = schema.safeParse(present);
		if (result.success) return [];
		return result.error.issues.map((issue) => ({
			locale,
			path: issue.path,
			message: issue.message,
		}));
	});
}

/** The labels editors read for a field's path: `Billede › Alternativ tekst`, `Fornavne › punkt 2`. */
export function fieldLabel(path: PropertyKey[], hints: Record<string, FieldHint>): string {
	const labels: string[] = [];
	let level: Record<string, FieldHint> | undefined = hints;
	for (const key of path) {
		if (typeof key === 'number') {
			labels.push(`punkt ${key + 1}`);
			continue;
		}
		const hint: FieldHint | undefined = level?.[String(key)];
		labels.push(hint?.label ?? String(key));
		level = hint?.fields;
	}
	return labels.join(' › ') || 'Dokumentet';
}

/**
 * A problem as an editor of the Danish interface reads it: the language column, the field by its
 * label, and the schema's message in Danish — «Engelsk (EN) · Billede › Alternativ tekst: Beskriv …».
 */
export function describeProblem(problem: Problem, hints: Record<string, FieldHint>): string {
	const language = new Intl.DisplayNames(['da'], { type: 'language' }).of(problem.locale) ?? '';
	const column = `${language.charAt(0).toUpperCase()}${language.slice(1)} (${problem.locale.toUpperCase()})`;
	return `${column} · ${fieldLabel(problem.path, hints)}: ${inDanish(problem.message)}`;
}
