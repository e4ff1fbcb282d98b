import type { z } from 'astro/zod';
import { editorMessageOf, type EditorMessage } from '../src/schemas/fields.ts';
import { withoutEmpty } from '../src/entries/withoutEmpty.ts';
import { cmsMetaOf, unwrap } from './fields.ts';

/** One thing the build would refuse about an entry: in which language, which field, and why. */
export interface Problem {
	locale: string;
	path: PropertyKey[];
	/**
	 * The schema's message in each language of the CMS's interface; the English is what the build
	 * says. A message the schemas do not write for editors (one of zod's own) is English in both.
	 */
	message: EditorMessage;
}

/** The zod definition parts read here: what a schema is, and the rules it checks. */
interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	error?: unknown;
	checks?: { _zod: { def: { error?: unknown } } }[];
	innerType?: z.ZodType;
	in?: z.ZodType;
}

function def(schema: z.ZodType): Def {
	return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/**
 * The schemas `path` runs through from `schema`, the field it names last: `['image', 'alt']` is the
 * entry, its picture and the picture's alt text. A list's position leads to its items' schema. Stops
 * where the schema has no such field.
 */
function schemasAlong(schema: z.ZodType, path: PropertyKey[]): z.ZodType[] {
	const along = [schema];
	for (const key of path) {
		const { type, shape, element } = def(unwrap(along.at(-1)!).schema);
		const next = type === 'object' ? shape?.[String(key)] : type === 'array' ? element : undefined;
		if (!next) break;
		along.push(next);
	}
	return along;
}

/**
 * The messages a field's own rules say (`editorError` in src/schemas), the wrappers' first: the
 * schema's `error` and its checks' (`.min()`, `.refine()`…).
 */
export function messagesOf(field: z.ZodType): EditorMessage[] {
	const messages: EditorMessage[] = [];
	for (let current: z.ZodType | undefined = field; current;) {
		const { error, checks = [], innerType, in: input } = def(current);
		for (const rule of [error, ...checks.map((check) => check._zod.def.error)]) {
			const message = editorMessageOf(rule);
			if (message) messages.push(message);
		}
		current = innerType ?? input;
	}
	return messages;
}

/**
 * An issue's message in every language: looked up among the messages of the field the issue names,
 * then of the schemas around it (an object's `.refine()` names one of its fields). Only that field's
 * own rules are searched first, so two fields that say the same in English may say it differently in
 * Danish.
 */
function editorMessage(schema: z.ZodType, issue: z.core.$ZodIssue): EditorMessage {
	for (const field of schemasAlong(schema, issue.path).reverse()) {
		const found = messagesOf(field).find((message) => message.en === issue.message);
		if (found) return found;
	}
	return { en: issue.message, da: issue.message };
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
			message: editorMessage(schema, issue),
		}));
	});
}

/** The labels editors read for a field's path: `Billede › Alternativ tekst`, `Fornavne › punkt 2`. */
export function fieldLabel(path: PropertyKey[], schema: z.ZodType): string {
	const along = schemasAlong(schema, path);
	const labels = path.map((key, index) =>
		typeof key === 'number'
			? `punkt ${key + 1}`
			: ((along[index + 1] && cmsMetaOf(along[index + 1]!).label) ?? String(key)),
	);
	return labels.join(' › ') || 'Dokumentet';
}

/**
 * A problem as an editor of the Danish interface reads it: the language column, the field by its
 * label, and the schema's message in Danish — «Engelsk (EN) · Billede › Alternativ tekst: Beskriv …».
 */
export function describeProblem(problem: Problem, schema: z.ZodType): string {
	const language = new Intl.DisplayNames(['da'], { type: 'language' }).of(problem.locale) ?? '';
	const column = `${language.charAt(0).toUpperCase()}${language.slice(1)} (${problem.locale.toUpperCase()})`;
	return `${column} · ${fieldLabel(problem.path, schema)}: ${problem.message.da}`;
}
