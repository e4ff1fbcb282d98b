import { readFileSync, readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Locale } from '../../src/i18n/locales.ts';

const content = join(import.meta.dirname, '../../content');

/** A figure as written in content/figures/<locale>/<key>.yaml, before the schema's defaults. */
export interface FigureFile {
	key: string;
	label: string;
	value?: number;
	qualifier?: string;
	unit?: string;
	items?: string[];
	of: string;
	asOf: Date | string;
	source: { name: string; url?: string; noUrl?: string };
	order: number;
}

/** The figures collection in `locale`, read straight from the files, in `order`. */
export function figureFiles(locale: Locale): FigureFile[] {
	const dir = join(content, 'figures', locale);
	return readdirSync(dir)
		.filter((file) => /\.ya?ml$/.test(file))
		.map((file) => ({
			key: parse(file).name,
			...(parseYaml(readFileSync(join(dir, file), 'utf8')) as Omit<FigureFile, 'key'>),
		}))
		.sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

/** One figure in `locale` by its file name. */
export function figureFile(locale: Locale, key: string): FigureFile {
	const figure = figureFiles(locale).find((f) => f.key === key);
	if (!figure) throw new Error(`content/figures/${locale}/${key}.yaml is missing`);
	return figure;
}

/** The file names (keys) of a Markdown collection in `locale`. */
export function entryKeys(collection: string, locale: Locale): string[] {
	return readdirSync(join(content, collection, locale))
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => parse(file).name);
}

/** A figure's as-of date as YYYY-MM-DD (YAML may read it as a date). */
export function isoDate(value: Date | string): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** The front matter of each office in `locale`, with its key. */
export function officeFiles(locale: Locale): {
	key: string;
	name: string;
	order: number;
	/** False for an office kept for the history only (the schema's default is true). */
	offered?: boolean;
	coordinates?: { lat: number; lng: number; precision: string };
}[] {
	const dir = join(content, 'offices', locale);
	return entryKeys('offices', locale).map((key) => {
		const text = readFileSync(join(dir, `${key}.md`), 'utf8');
		const frontMatter = text.split(/^---$/m)[1] ?? '';
		return { key, ...parseYaml(frontMatter) };
	});
}
