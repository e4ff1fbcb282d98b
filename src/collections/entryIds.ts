import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';

/**
 * The ids (`<locale>/<key>`) of a collection stored as `<dir>/<locale>/<key>.<ext>`, read from disk. Used
 * where a schema must know which entries exist before the content layer has loaded them.
 */
export function entryIds(collectionDir: string): string[] {
	return readdirSync(collectionDir, { withFileTypes: true })
		.filter((locale) => locale.isDirectory())
		.flatMap((locale) =>
			readdirSync(join(collectionDir, locale.name))
				.filter((file) => !file.startsWith('.'))
				.map((file) => `${locale.name}/${parse(file).name}`),
		)
		.sort();
}
