import type { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import type { CmsMeta, EditorMessage } from '../src/schemas/fields.ts';

/**
 * The language of Decap's interface, and so of the field hints and the save check's messages: Danish,
 * the editors' language. Every hint and message is written in English too (src/schemas/*), for an
 * English interface.
 */
export const interfaceLocale: keyof EditorMessage = 'da';

/** A zod schema with its optional/default/pipe wrappers taken off, and what they said. */
interface Unwrapped {
	schema: z.ZodType;
	required: boolean;
	defaultValue?: unknown;
}

/** The zod 4 definition of a schema: only the parts read here. */
interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	defaultValue?: unknown;
}

function def(schema: z.ZodType): Def {
	return (schema as unknown as { def: Def }).def;
}

/**
 * Takes off the wrappers that do not change what an editor types: `.optional()` and `.default()` make
 * a field not required; a `.pipe()` (the office reference) is typed by what goes in.
 */
export function unwrap(schema: z.ZodType): Unwrapped {
	let current = schema;
	let required = true;
	let defaultValue: unknown;
	for (;;) {
		const { type, innerType, in: input } = def(current);
		if ((type === 'optional' || type === 'nullable') && innerType) {
			required = false;
			current = innerType;
		} else if (type === 'default' && innerType) {
			required = false;
			defaultValue = def(current).defaultValue;
			current = innerType;
		} else if (type === 'pipe' && input) {
			current = input;
		} else {
			return { schema: current, required, defaultValue };
		}
	}
}

/** The schema a wrapper (`.optional()`, `.default()`, `.pipe()`…) wraps, or undefined for none. */
function wrapped(schema: z.ZodType): z.ZodType | undefined {
	const { innerType, in: input } = def(schema);
	return innerType ?? input;
}

/**
 * What the CMS shows of a field (`.meta(cms({ … }))` in src/schemas), from the field and every
 * wrapper around it: a builder's meta sits inside, the call site's outside, and the outer says last.
 */
export function cmsMetaOf(schema: z.ZodType): CmsMeta {
	const layers: CmsMeta[] = [];
	for (let current: z.ZodType | undefined = schema; current; current = wrapped(current)) {
		layers.unshift((current.meta() as CmsMeta | undefined) ?? {});
	}
	return Object.assign({}, ...layers);
}

/** The Decap widget a zod type implies, with its options. */
function widgetFor(
	schema: z.ZodType,
	i18n: CmsField['i18n'],
	optionalLabel?: string,
): Record<string, unknown> {
	const { type } = def(schema);
	switch (type) {
		case 'string': {
			const max = (schema as z.ZodString).maxLength;
			// Short text on one line; anything longer than a headline gets a text area.
			return { widget: max !== null && max > 140 ? 'text' : 'string' };
		}
		case 'number': {
			const number = schema as z.ZodNumber;
			return {
				widget: 'number',
				value_type: number.format === 'safeint' ? 'int' : 'float',
				...(Number.isFinite(number.minValue) && { min: number.minValue }),
				...(Number.isFinite(number.maxValue) && { max: number.maxValue }),
			};
		}
		case 'boolean':
			return { widget: 'boolean' };
		case 'date':
			// A plain calendar date, written as YYYY-MM-DD: what YAML reads as a date and the schema accepts.
			return {
				widget: 'datetime',
				format: 'YYYY-MM-DD',
				date_format: 'YYYY-MM-DD',
				time_format: false,
			};
		case 'enum':
			return { widget: 'select', options: [...(schema as z.ZodEnum).options] };
		case 'object':
			return {
				widget: 'object',
				fields: cmsFields((schema as z.ZodObject).shape, i18n, optionalLabel),
			};
		case 'array': {
			const element = unwrap((schema as z.ZodArray<z.ZodType>).element).schema;
			if (def(element).type === 'object') {
				return {
					widget: 'list',
					fields: cmsFields((element as z.ZodObject).shape, i18n),
				};
			}
			// A list of single values (tags, names, countries): one input per item, stored as a YAML list.
			return {
				widget: 'list',
				// Each item open as its own input: a name or a tag is read at a glance, not behind a toggle.
				collapsed: false,
				field: {
					name: 'item',
					label: 'Punkt',
					required: true,
					i18n,
					...widgetFor(element, i18n),
				},
			};
		}
		default:
			throw new Error(
				`The CMS has no widget for the zod type "${type}": give the field a widget in its cms() meta.`,
			);
	}
}

/**
 * The Decap fields of a zod object's shape, in the schema's order: names, required and widgets come
 * from the schema's types, labels, hints and widget overrides from each field's `cms()` meta. A field
 * without a label is an error, so a new schema field cannot reach editors without one.
 */
export function cmsFields(
	shape: Record<string, z.ZodType>,
	inherited: CmsField['i18n'] = true,
	/** Set for the fields of an optional object: the label of that object. */
	optionalParent?: string,
): CmsField[] {
	return Object.entries(shape).map(([name, field]) => {
		const meta = cmsMetaOf(field);
		const { label } = meta;
		if (!label) {
			throw new Error(
				`The CMS field "${name}" needs a label: .meta(cms({ label })) in src/schemas.`,
			);
		}
		const { schema, required, defaultValue } = unwrap(field);
		const type = def(schema).type;
		// Decap accepts only true/false on objects and lists: an object passes `duplicate` on to its
		// fields; a list is edited in each language (Decap cannot copy list items between languages).
		const wanted =
			type === 'array' ? true : meta.sameInEveryLanguage ? ('duplicate' as const) : inherited;
		const i18n = type === 'object' || type === 'array' ? true : wanted;
		const optionalLabel = required ? undefined : label;
		const widget = meta.widget ? { ...meta.widget } : widgetFor(schema, wanted, optionalLabel);
		if (meta.widget && type === 'object') {
			Object.assign(widget, {
				fields: cmsFields((schema as z.ZodObject).shape, wanted, optionalLabel),
			});
		}
		// Decap validates the fields of an optional object even when it is left empty
		// (decaporg/decap-cms#2103, #7748), so an optional picture would demand its alt text. Such fields
		// are optional in Decap, say when they are needed, and admin/validate.ts enforces the schema's
		// rule on save: a picture without alt text is refused.
		const conditional = required && optionalParent !== undefined;
		const note = conditional
			? {
					da: `Skal udfyldes, når ${optionalParent.toLowerCase()} er udfyldt.`,
					en: `Needed when ${optionalParent.toLowerCase()} is filled in.`,
				}[interfaceLocale]
			: '';
		const text = [meta.hint?.[interfaceLocale], note].filter(Boolean).join(' ');
		return {
			name,
			label,
			required: required && !conditional,
			i18n,
			...(text && { hint: text }),
			...(defaultValue !== undefined && { default: defaultValue }),
			...widget,
		} as CmsField;
	});
}
