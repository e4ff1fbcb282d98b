import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import { parse } from 'yaml';
import { collectionSpecs, storyFormSchema } from '../../admin/collections.ts';
import { cmsConfig, mediaFolder, publicFolder } from '../../admin/config.ts';
import { cmsFields, cmsMetaOf, unwrap } from '../../admin/fields.ts';
import { describeProblem, entryProblems, messagesOf } from '../../admin/validate.ts';
import { cms, date, type EditorMessage } from '../../src/schemas/fields.ts';
import { faqSchema } from '../../src/schemas/faqs.ts';
import { figureSchema } from '../../src/schemas/figures.ts';
import { completeLocales, locales } from '../../src/i18n/locales.ts';

/**
 * The contract between the zod schemas and the CMS. The CMS config is generated from the schemas; this
 * test reads the schemas another way (as JSON Schema) and checks every field of every collection —
 * name, required, widget, allowed values — so neither a generator bug nor a hand edit can let them drift.
 */

const root = join(import.meta.dirname, '../..');
const config = cmsConfig({});

interface JsonSchema {
	type?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	enum?: string[];
	items?: JsonSchema;
}

type Field = CmsField & Record<string, unknown>;

/** Checks one CMS field against the JSON Schema of the same schema field. */
function assertField(where: string, field: Field, schema: JsonSchema, required: boolean) {
	assert.equal(field.required, required, `${where}: required`);
	assert.ok(field.i18n === true || field.i18n === 'duplicate', `${where}: in every language`);
	if (schema.enum) {
		assert.equal(field.widget, 'select', `${where}: a choice is a select`);
		assert.deepEqual(field.options, schema.enum, `${where}: the allowed values`);
		return;
	}
	switch (schema.type) {
		case 'string':
			assert.ok(
				['string', 'text', 'relation', 'image'].includes(String(field.widget)),
				`${where}: text, got ${field.widget}`,
			);
			break;
		case 'number':
		case 'integer':
			assert.equal(field.widget, 'number', where);
			assert.equal(field.value_type, schema.type === 'integer' ? 'int' : 'float', where);
			break;
		case 'boolean':
			assert.equal(field.widget, 'boolean', where);
			break;
		case 'array':
			assert.equal(field.widget, 'list', where);
			assert.equal(field.i18n, true, `${where}: Decap allows only true/false on lists`);
			if (schema.items?.type === 'object') {
				assertFields(where, field.fields as Field[], schema.items, true);
			} else {
				assertField(`${where}[]`, field.field as Field, schema.items ?? {}, true);
			}
			break;
		case 'object':
			assert.equal(field.widget, 'object', where);
			assert.equal(field.i18n, true, `${where}: Decap allows only true/false on objects`);
			assertFields(where, field.fields as Field[], schema, required);
			break;
		case undefined:
			// Dates are the one type JSON Schema cannot name: the CMS must write a plain YYYY-MM-DD.
			assert.equal(field.widget, 'datetime', where);
			assert.equal(field.format, 'YYYY-MM-DD', where);
			assert.equal(field.time_format, false, where);
			break;
		default:
			assert.fail(`${where}: no expectation for type ${schema.type}`);
	}
}

/**
 * Checks that `fields` are exactly the schema's properties, in order. Inside an optional object the
 * schema's required fields are required only when the object is filled in: Decap cannot say that,
 * so they are optional in the CMS with a hint saying when they are needed, and checked on save.
 */
function assertFields(where: string, fields: Field[], schema: JsonSchema, parentRequired = true) {
	const names = Object.keys(schema.properties ?? {});
	assert.deepEqual(
		fields.map((field) => field.name),
		names,
		`${where}: the CMS fields are the schema's fields`,
	);
	for (const field of fields) {
		const required = schema.required?.includes(field.name) ?? false;
		assertField(
			`${where}.${field.name}`,
			field,
			schema.properties![field.name]!,
			required && parentRequired,
		);
		if (required && !parentRequired) assert.match(String(field.hint), /Skal udfyldes, når/);
	}
}

describe('CMS collections against the schemas', () => {
	it('has one collection per content folder, and nothing else', () => {
		const folders = readdirSync(join(root, 'content'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && join('content', entry.name) !== mediaFolder)
			.map((entry) => entry.name);
		assert.deepEqual(config.collections.map((c) => c.name).sort(), folders.sort());
	});

	for (const spec of collectionSpecs) {
		describe(spec.name, () => {
			const collection = config.collections.find((c) => c.name === spec.name)! as unknown as Record<
				string,
				unknown
			>;
			const fields = collection.fields as Field[];
			const folder = `content/${spec.name}`;
			/** The partial languages (the mentee's path) only on the collections they cover. */
			const partial = ['pages', 'faqs', 'offices', 'settings'].includes(spec.name);
			const collectionLocales = partial ? locales : completeLocales;

			it('reads and writes the folder the site loads, in every language', () => {
				assert.equal(collection.folder, folder);
				assert.deepEqual(
					collection.i18n,
					partial
						? true
						: { structure: 'multiple_folders', locales: completeLocales, default_locale: 'da' },
				);
				for (const locale of collectionLocales) readdirSync(join(root, folder, locale));
				const extensions = new Set(
					readdirSync(join(root, folder, locales[0]!)).map((file) => file.split('.').pop()),
				);
				assert.deepEqual([...extensions], [collection.extension]);
			});

			it('has every field of the schema: names, required, widgets, allowed values', () => {
				const schema = z.toJSONSchema(spec.schema, {
					io: 'input',
					unrepresentable: 'any',
				}) as JsonSchema;
				const data = fields.filter((field) => field.name !== 'body');
				assertFields(spec.name, data, schema);
			});

			it('explains every field to the editor in a hint, written in Danish and English', () => {
				// A list of single values is one field to the editor: the list's hint covers its items.
				const unexplained = (list: Field[], path: string): string[] =>
					list.flatMap((field) => [
						...(typeof field.hint === 'string' && field.hint.trim()
							? []
							: [`${path}${field.name}`]),
						...unexplained((field.fields as Field[] | undefined) ?? [], `${path}${field.name}.`),
					]);
				assert.deepEqual(unexplained(fields, `${spec.name}.`), []);
				// The hints' one source: the schemas' cms() meta (and the body's in admin/collections.ts), in both
				// interface languages, the Danish not a copy of the English.
				const untranslated = (shape: Record<string, z.ZodType>, path: string): string[] =>
					Object.entries(shape).flatMap(([name, field]) => {
						const { hint } = cmsMetaOf(field);
						const inner = unwrap(field).schema;
						const nested =
							inner instanceof z.ZodObject
								? untranslated(inner.shape, `${path}${name}.`)
								: inner instanceof z.ZodArray &&
									  unwrap(inner.element as z.ZodType).schema instanceof z.ZodObject
									? untranslated(
											(unwrap(inner.element as z.ZodType).schema as z.ZodObject).shape,
											`${path}${name}.`,
										)
									: [];
						const ok = hint && hint.da.trim() && hint.en.trim() && hint.da !== hint.en;
						return [...(ok ? [] : [`${path}${name}`]), ...nested];
					});
				assert.deepEqual(untranslated(spec.schema.shape, `${spec.name}.`), []);
				if (spec.body) assert.notEqual(spec.body.hint.da, spec.body.hint.en);
			});

			it('writes every message for editors in Danish and English, one Danish per English', () => {
				// The save check looks an issue's English up among the rules of its field and of the
				// objects around it: along one path, one English must mean one Danish.
				const problems: string[] = [];
				const walk = (field: z.ZodType, path: string, around: EditorMessage[]) => {
					const messages = [...messagesOf(field), ...around];
					for (const { en, da } of messages) {
						if (!en.trim() || !da.trim() || en === da) problems.push(`${path}: ${en}`);
						if (messages.some((other) => other.en === en && other.da !== da)) {
							problems.push(`${path}: "${en}" has two Danish`);
						}
					}
					const inner = unwrap(field).schema;
					const item = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
					const object = item ? unwrap(item).schema : inner;
					if (object instanceof z.ZodObject) {
						for (const [name, child] of Object.entries(object.shape)) {
							walk(child as z.ZodType, `${path}.${name}`, messages);
						}
					} else if (item) {
						walk(item, `${path}[]`, messages);
					}
				};
				walk(spec.schema, spec.name, []);
				assert.deepEqual([...new Set(problems)], []);
			});

			it('edits the body as Markdown when the collection has one', () => {
				const body = fields.find((field) => field.name === 'body');
				assert.equal(body?.widget, spec.format === 'markdown' ? 'markdown' : undefined);
			});

			it('shows every field the content files use', () => {
				const names = new Set(fields.map((field) => field.name));
				for (const locale of collectionLocales) {
					for (const file of readdirSync(join(root, folder, locale))) {
						const text = readFileSync(join(root, folder, locale, file), 'utf8');
						const data = parse(
							spec.format === 'markdown' ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text,
						) as Record<string, unknown>;
						for (const key of Object.keys(data)) {
							assert.ok(names.has(key), `${folder}/${locale}/${file}: "${key}" is not in the CMS`);
						}
					}
				}
			});
		});
	}

	it('stores a story’s office as the office’s key, chosen from the offices', () => {
		const office = config.collections
			.find((c) => c.name === 'stories')!
			.fields!.find((field) => field.name === 'office') as Field;
		assert.equal(office.widget, 'relation');
		assert.equal(office.collection, 'offices');
		assert.equal(office.value_field, '{{slug}}');
		assert.equal(office.i18n, 'duplicate');
	});

	it('edits the languages side by side, Danish first, one folder per language', () => {
		assert.deepEqual(config.i18n, {
			structure: 'multiple_folders',
			locales: ['da', 'en', 'ar', 'fa', 'uk', 'so'],
			default_locale: 'da',
		});
		assert.equal(config.publish_mode, 'editorial_workflow');
	});

	it('puts uploads where Astro’s image pipeline finds them from every entry', () => {
		// content/<collection>/<locale>/<key>.md + ../../media/x.jpg = content/media/x.jpg
		assert.equal(join('content/stories/da', publicFolder), mediaFolder);
	});

	it('takes the production backend from the environment', () => {
		const production = cmsConfig({
			PUBLIC_CMS_REPO: 'kvinfo/site',
			PUBLIC_CMS_BRANCH: 'live',
			PUBLIC_CMS_AUTH_URL: 'https://auth.example.org',
		});
		assert.deepEqual(production.backend, {
			name: 'github',
			repo: 'kvinfo/site',
			branch: 'live',
			base_url: 'https://auth.example.org',
		});
	});
});

describe('the CMS bundle', () => {
	it('registers every widget the collections use, and only those', () => {
		const used = new Set<string>();
		const walk = (fields: Record<string, unknown>[]) => {
			for (const field of fields) {
				used.add(String(field.widget));
				if (Array.isArray(field.fields)) walk(field.fields as Record<string, unknown>[]);
				if (field.field) walk([field.field as Record<string, unknown>]);
			}
		};
		for (const collection of config.collections) {
			walk(collection.fields as unknown as Record<string, unknown>[]);
		}
		// The Markdown widget is imported by its own chunk's module, loaded on first use.
		const source = ['admin/decap.ts', 'admin/markdownWidget.ts']
			.map((file) => readFileSync(join(root, file), 'utf8'))
			.join('\n');
		const registered = [...source.matchAll(/from 'decap-cms-widget-([a-z]+)'/g)].map(
			([, name]) => name,
		);
		assert.deepEqual(registered.sort(), [...used].sort());
	});
});

describe('the check on save', () => {
	const story = {
		title: 'Sara blev sygeplejerske',
		illustrative: true,
		people: ['Sara'],
		profession: 'Sygeplejerske',
		office: 'fyn',
		date: '2026-11-20',
		summary: 'En kort historie.',
		consent: { date: '2026-11-18' },
	};

	it('accepts a complete story in both languages, with fields cleared to empty', () => {
		assert.deepEqual(
			entryProblems(storyFormSchema, { da: { ...story, country: '' }, en: story }),
			[],
		);
	});

	it('refuses a picture without alt text, naming the language and the field', () => {
		const problems = entryProblems(storyFormSchema, {
			da: story,
			en: { ...story, image: { src: '../../media/sara.jpg', alt: '' } },
		});
		assert.equal(problems.length, 1);
		assert.deepEqual(problems[0]!.locale, 'en');
		assert.deepEqual(problems[0]!.path, ['image', 'alt']);
		assert.match(problems[0]!.message.en, /^Describe the picture/);
		// As the Danish CMS says it: the column, the field by its label, the schema's Danish message.
		const stories = collectionSpecs.find((spec) => spec.name === 'stories')!;
		assert.equal(
			describeProblem(problems[0]!, stories.schema),
			'Engelsk (EN) · Billede › Alternativ tekst: Beskriv billedet i den alternative tekst: Hvad skal en, der ikke kan se det, vide?',
		);
	});

	it('needs no version in a partial language, but checks one that has content', () => {
		const question = { question: 'Hvem kan blive mentor?', audience: 'mentor', order: 1 };
		const required = ['da', 'en'];
		assert.deepEqual(
			entryProblems(faqSchema, { da: question, en: question, ar: {}, so: undefined }, required),
			[],
		);
		const problems = entryProblems(
			faqSchema,
			{ da: question, en: question, ar: { question: '', audience: 'mentee', order: 0 } },
			required,
		);
		const order = problems.find(
			({ locale, path }) => locale === 'ar' && path.join('.') === 'order',
		);
		assert.match(order?.message.en ?? '', /^The order starts at 1/);
		const [missing] = entryProblems(faqSchema, { da: question, en: {} }, required);
		assert.equal(`${missing!.locale} › ${missing!.path.join('.')}`, 'en › question');
	});

	it('refuses a story without consent', () => {
		const { consent: _, ...withoutConsent } = story;
		assert.match(
			describeProblem(entryProblems(storyFormSchema, { da: withoutConsent })[0]!, storyFormSchema),
			/^Dansk \(DA\) · Samtykke til offentliggørelse: Angiv samtykket/,
		);
	});

	it('refuses what only the schema knows: a figure with a number and a list', () => {
		const figure = {
			label: 'Mentorer',
			value: 2600,
			items: ['Irak'],
			of: 'mentorer',
			asOf: '2012-10-11',
			source: { name: 'KVINFO', noUrl: 'Et oplæg.' },
			order: 1,
		};
		const [problem] = entryProblems(figureSchema, { da: figure });
		assert.match(problem!.message.en, /either a number/);
		// The rule is the figure's, on the field it names: the Danish is found all the same.
		assert.equal(
			describeProblem(problem!, figureSchema),
			'Dansk (DA) · Tal: Udfyld enten et tal eller en liste – ikke begge og ikke ingen af dem.',
		);
	});

	it('says each field’s own Danish where two fields say the same in English', () => {
		const english = 'Write the date as YYYY-MM-DD.';
		const schema = z.object({
			start: date({ en: english, da: 'Skriv startdatoen som ÅÅÅÅ-MM-DD.' }).meta(
				cms({ label: 'Start' }),
			),
			end: date({ en: english, da: 'Skriv slutdatoen som ÅÅÅÅ-MM-DD.' }).meta(
				cms({ label: 'Slut' }),
			),
		});
		const problems = entryProblems(schema, { da: { start: 'soon', end: 'later' } });
		assert.deepEqual(
			problems.map((problem) => problem.message.en),
			[english, english],
		);
		assert.deepEqual(
			problems.map((problem) => describeProblem(problem, schema)),
			[
				'Dansk (DA) · Start: Skriv startdatoen som ÅÅÅÅ-MM-DD.',
				'Dansk (DA) · Slut: Skriv slutdatoen som ÅÅÅÅ-MM-DD.',
			],
		);
	});

	it('says zod’s own message, in English, where a schema writes none for editors', () => {
		const [problem] = entryProblems(storyFormSchema, { da: { ...story, tags: 'jobsamtale' } });
		assert.equal(problem!.message.da, problem!.message.en);
		assert.match(problem!.message.en, /expected array/);
	});
});

describe('the CMS fields from the schemas', () => {
	it('refuses a field without a label, so none reaches editors unnamed', () => {
		assert.throws(
			() =>
				cmsFields({ title: z.string().meta(cms({ hint: { en: 'A title.', da: 'En titel.' } })) }),
			/"title" needs a label/,
		);
	});

	it('lets the call site add to what a builder says of a field, the outer saying last', () => {
		const field = date({ en: 'A date.', da: 'En dato.' })
			.meta(cms({ label: 'Inde', hint: { en: 'Inner.', da: 'Inderst.' } }))
			.optional()
			.meta(cms({ label: 'Ude', sameInEveryLanguage: true }));
		assert.deepEqual(cmsMetaOf(field), {
			label: 'Ude',
			hint: { en: 'Inner.', da: 'Inderst.' },
			sameInEveryLanguage: true,
		});
		const [cmsField] = cmsFields({ field });
		assert.equal(cmsField!.label, 'Ude');
		assert.equal(cmsField!.hint, 'Inderst.');
		assert.equal(cmsField!.i18n, 'duplicate');
	});
});
