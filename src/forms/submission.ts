import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import {
	fieldsFor,
	formKinds,
	isValidAnswer,
	sentAnswer,
	type FieldError,
	type FieldProblem,
	type FormKind,
	type FormField,
} from './formFields.ts';

/**
 * The receiver's validation of a sign-up, built from the field table in `formFields.ts` so it cannot
 * drift from the form. Each issue's message is a `FieldProblem` code; the page words it in her language.
 */

/** One answer: trimmed, digits in ASCII, within its length, and a valid value for its field. */
function answer(field: FormField) {
	const text = z
		.string({ error: 'invalid' satisfies FieldProblem })
		.trim()
		.overwrite((value) => sentAnswer(field, value))
		.min(field.required ? 1 : 0, { error: 'required' satisfies FieldProblem, abort: true })
		.max(field.maxLength, { error: 'tooLong' satisfies FieldProblem, abort: true })
		.refine((value) => value === '' || isValidAnswer(field, value), {
			error: 'invalid' satisfies FieldProblem,
		});
	return field.required
		? z.string({ error: 'required' satisfies FieldProblem }).pipe(text)
		: text.optional();
}

function formSchema(form: FormKind) {
	const answers: Record<string, z.ZodType<string | undefined>> = Object.fromEntries(
		fieldsFor(form).map((field) => [field.name, answer(field)]),
	);
	return z.object({
		/** Mentee, mentor, or a question or call-back request from the contact page: decides which fields are asked. */
		role: z.literal(form),
		/** The language of the page she wrote on: we answer her in it. */
		language: z.enum(locales, { error: 'invalid' satisfies FieldProblem }),
		...answers,
	});
}

/** A sign-up or a question as the receiver accepts it; unknown fields are dropped, never stored. */
export const submissionSchema = z.discriminatedUnion(
	'role',
	formKinds.map(formSchema) as [ReturnType<typeof formSchema>, ...ReturnType<typeof formSchema>[]],
	{ error: 'invalid' satisfies FieldProblem },
);

export type Submission = z.infer<typeof submissionSchema>;

/** A failed parse as one error per field, in the shape the page shows them. */
export function fieldErrors(error: z.ZodError): FieldError[] {
	const errors = new Map<string, FieldProblem>();
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'role');
		const problem = (['required', 'tooLong'] as const).find((p) => p === issue.message);
		if (!errors.has(field)) errors.set(field, problem ?? 'invalid');
	}
	return [...errors].map(([field, problem]) => ({ field, problem }));
}
