import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { isLocale, isPartial } from '../i18n/locales.ts';
import { withoutEmpty } from '../entries/withoutEmpty.ts';
import { uncoveredIn } from './coverage.ts';

interface Options {
	/** File extensions to load, without dots. */
	extensions: string[];
	/**
	 * Fields naming an entry of another collection by its language-neutral key (`office: fyn`). They are
	 * read as that entry in the same language (`da/fyn`), so `reference()` resolves, and is checked,
	 * within one language, and editors never write a language folder.
	 */
	references?: string[];
	/**
	 * Keep each entry's Markdown source beside its rendered HTML (Astro's default). Off for stories:
	 * no page reads their source, and with many stories it is a large part of the data store every
	 * build writes, bundles and loads again (`npm run bench -- build`; docs/performance.md).
	 */
	retainBody?: boolean;
}

/**
 * Loads `content/<collection>/<locale>/<key>.<ext>`; entry ids are `<locale>/<key>`, and the same key in
 * each language folder is one entry translated.
 */
export function localizedGlob(
	collection: string,
	{ extensions, references = [], retainBody = true }: Options,
): Loader {
	const loader = glob({
		pattern: `**/*.{${extensions.join(',')}}`,
		base: `./content/${collection}`,
		retainBody,
	});
	return {
		name: 'localized-glob',
		load: (context) =>
			loader.load({
				...context,
				parseData: ({ id, data, ...rest }) => {
					const locale = id.slice(0, id.indexOf('/'));
					checkLanguage(collection, id, data, rest.filePath);
					// A field the CMS wrote empty (`country: ''`) is a field left out.
					const localized: Record<string, unknown> = withoutEmpty({ ...data });
					for (const field of references) {
						const key = localized[field];
						if (typeof key === 'string') localized[field] = `${locale}/${key}`;
					}
					return context.parseData({ id, data: localized as typeof data, ...rest });
				},
			}),
	};
}

/**
 * Fails the build, naming the file and the field, when an entry is in a language the site does not
 * have, in a partial language that does not cover it, or in a partial language without its record
 * of being a translation.
 */
function checkLanguage(
	collection: string,
	id: string,
	data: Record<string, unknown>,
	filePath: string | undefined,
) {
	const file = filePath ? relative(process.cwd(), filePath) : `content/${collection}/${id}`;
	const locale = id.slice(0, id.indexOf('/'));
	if (!isLocale(locale)) {
		throw new Error(
			`${file}: "${locale}" is not one of the site's languages (src/i18n/strings/index.ts).`,
		);
	}
	const uncovered = uncoveredIn(collection, locale, id.slice(locale.length + 1), data);
	if (uncovered) throw new Error(`${file}: ${uncovered.field}: ${uncovered.message}.`);
	if (isPartial(locale) && data['translation'] === undefined) {
		throw new Error(
			`${file}: translation: Record that this entry is a translation, e.g. "translation: { from: da, reviewed: false }".`,
		);
	}
}
