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

/** A node of a page as parse5 reads it: only what the built checks look at. */
export type HtmlNode = {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: HtmlNode[];
	/** A <template>'s content. */
	content?: HtmlNode;
	value?: string;
};

/** A built page's file, parsed. */
export function parseFile(file: string): HtmlNode {
	return parse(readFileSync(file, 'utf8')) as unknown as HtmlNode;
}

/** The value of the attribute `name` on `node`. */
export function attr(node: HtmlNode, name: string): string | undefined {
	return node.attrs?.find((a) => a.name === name)?.value;
}

/** `node` and every node below it, a template's content included, in document order. */
export function* walk(node: HtmlNode): Generator<HtmlNode> {
	yield node;
	for (const child of node.childNodes ?? []) yield* walk(child);
	if (node.content) yield* walk(node.content);
}

/** The visible text of a built page (every text node but scripts, styles and templates), as one line. */
export function pageText(file: string): string {
	const out: string[] = [];
	const visit = (node: HtmlNode) => {
		if (['script', 'style', 'template', 'noscript'].includes(node.nodeName)) return;
		if (node.nodeName === '#text' && node.value) out.push(node.value);
		for (const child of node.childNodes ?? []) visit(child);
	};
	visit(parseFile(file));
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
