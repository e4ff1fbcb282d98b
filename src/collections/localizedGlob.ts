import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { withoutEmpty } from '../entries/withoutEmpty.ts';

interface Options {
	/** File extensions to load, without dots. */
	extensions: string[];
	/**
	 * Fields naming an entry of another collection by its language-neutral key (`office: fyn`). They are
	 * read as that entry in the same language (`da/fyn`), so `reference()` resolves, and is checked,
	 * within one language, and editors never write a language folder.
	 */
	references?: string[];
}

/**
 * Loads `content/<collection>/<locale>/<key>.<ext>`; entry ids are `<locale>/<key>`, and the same key in
 * each language folder is one entry translated.
 */
export function localizedGlob(
	collection: string,
	{ extensions, references = [] }: Options,
): Loader {
	const loader = glob({
		pattern: `**/*.{${extensions.join(',')}}`,
		base: `./content/${collection}`,
	});
	return {
		name: 'localized-glob',
		load: (context) =>
			loader.load({
				...context,
				parseData: ({ id, data, ...rest }) => {
					const locale = id.slice(0, id.indexOf('/'));
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
