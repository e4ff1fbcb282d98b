import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';

/** The built site. `npm test` builds it before the tests that read it. */
export const dist = join(import.meta.dirname, '../../dist');

/** Every HTML file in the built site, as absolute paths. */
export function builtPages(): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dist, file));
}

type TextNode = { nodeName: string; value?: string; childNodes?: TextNode[] };

/** The visible text of a built page (every text node but scripts, styles and templates), as one line. */
export function pageText(file: string): string {
	const out: string[] = [];
	const walk = (node: TextNode) => {
		if (['script', 'style', 'template', 'noscript'].includes(node.nodeName)) return;
		if (node.nodeName === '#text' && node.value) out.push(node.value);
		for (const child of node.childNodes ?? []) walk(child);
	};
	walk(parse(readFileSync(file, 'utf8')) as unknown as TextNode);
	return out.join(' ').replace(/\s+/g, ' ');
}

/** The origin in dist/'s sitemap index, or SITE_URL's (the build's default) before a build. */
export function builtSiteOrigin(): string {
	const index = join(dist, 'sitemap-index.xml');
	const loc = existsSync(index)
		? /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1]
		: undefined;
	return new URL(loc ?? process.env.SITE_URL ?? 'https://mentor.kvinfo.dk').origin;
}
