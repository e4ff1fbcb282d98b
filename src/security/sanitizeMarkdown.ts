import type { HastPluginEntry, MdastPluginEntry, MdastPluginInstance } from 'satteri';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'hast';
import { sanitizeSchema } from './sanitizeSchema.ts';

/** Set in a document's data when something in it needs the sanitizer (see markUnsafeMarkdown). */
const needsSanitizing = 'mentorNetworkNeedsSanitizing';

/**
 * The Markdown nodes that turn into HTML the sanitizer would leave exactly as it is, whatever an editor
 * writes: text, emphasis, headings, lists, quotes, code, breaks, rules and references to a
 * link definition (whose address is judged on the definition). tests/unit/markdown-safety.test.ts
 * renders each of them with and without the sanitizer and finds the same HTML.
 */
export const harmlessMarkdownNodes = new Set([
	'paragraph',
	'heading',
	'thematicBreak',
	'blockquote',
	'list',
	'text',
	'emphasis',
	'strong',
	'inlineCode',
	'break',
	'linkReference',
	'imageReference',
	'delete',
	'code',
]);

/**
 * Every other kind of node Sätteri knows: raw HTML, tables, footnotes, extensions… Links, images and
 * link definitions pass when their address is relative, list items when they are not a task list's.
 */
const marked: (keyof MdastPluginInstance)[] = [
	'html',
	'listItem',
	'definition',
	'link',
	'image',
	// A table's column alignment is an inline style, which the allow-list removes.
	'table',
	'tableRow',
	'tableCell',
	'footnoteDefinition',
	'footnoteReference',
	'yaml',
	'toml',
	'math',
	'inlineMath',
	'containerDirective',
	'leafDirective',
	'textDirective',
	'superscript',
	'subscript',
	'descriptionList',
	'descriptionTerm',
	'descriptionDetails',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
	// Any node type outside Sätteri's built-in set.
	'custom',
];

/**
 * An address with no scheme (`/om/`, `#svar`, `billede.png`) stays on this site: the sanitizer keeps it
 * as it is. Anything with a colon before its path may name a scheme, so the sanitizer judges it.
 */
function relative(url: string): boolean {
	return !/^[^/?#]*:/.test(url);
}

/**
 * Whether a Markdown source can hold anything markUnsafeMarkdown would mark. Each such node needs one
 * of these in the text: raw HTML and autolinks `<`; links, images, definitions, footnotes and task
 * items `[`; tables `|`; GFM's bare links `://`, `www.` or `@`; math `$`; super- and subscript `^` or
 * `~`; directives and description lists a colon before a letter or at the start of a line. A source
 * with none of them (most stories: paragraphs, lists, headings, emphasis, a colon in a sentence)
 * skips both plugins, and Sätteri renders it without handing one node to JavaScript, which shortens
 * every build's content sync (docs/decisions/0004-markdown-renderer-and-sanitiser-fast-path.md).
 */
export function mayNeedSanitizing(source: string): boolean {
	return /[<[|$^~@]|:\/\/|www\.|:\p{L}|^[ \t]*:/mu.test(source);
}

/**
 * A Markdown (mdast) plugin that looks at the few kinds of node that can carry what the sanitizer
 * removes — raw HTML, an address with a scheme, a task list's checkbox, a footnote, any extension's
 * node — and marks the document when it finds one. Only those nodes are handed to JavaScript; a story
 * of plain paragraphs is never materialised, which was most of a large build's Markdown time.
 */
export const markUnsafeMarkdown: MdastPluginEntry = ({ sourceFormat, source }) =>
	sourceFormat === 'markdown' &&
	mayNeedSanitizing(source) && {
		name: 'mark-unsafe',
		...Object.fromEntries(
			marked.map((type) => [
				type,
				(node: { url?: string; checked?: boolean | null }, context: { data: object }) => {
					const safe =
						(type === 'listItem' && (node.checked ?? null) === null) ||
						((type === 'link' || type === 'image' || type === 'definition') &&
							relative(node.url ?? ''));
					if (!safe) (context.data as Record<string, unknown>)[needsSanitizing] = true;
				},
			]),
		),
	};

/**
 * A hast plugin for Astro's default Markdown processor (Sätteri) that cleans a rendered Markdown entry
 * once, as a whole tree, whenever markUnsafeMarkdown marked it: hast-util-raw parses the raw HTML in
 * it into elements (what rehype-raw does; tags that open in one block and close in another included),
 * then hast-util-sanitize (what rehype-sanitize does) judges each tag and attribute against the
 * project's allow-list. Sätteri keeps raw HTML as raw nodes (its `rawHtml` feature off), so a
 * document that is not marked is never parsed twice.
 *
 * Only plain Markdown: editors' text (the CMS writes `.md`) reaches pages through it. An `.mdx` file
 * is code — it can import components and run expressions — so it is reviewed like code, not cleaned.
 */
export const sanitizeMarkdown: HastPluginEntry = ({ sourceFormat, source }) =>
	sourceFormat === 'markdown' &&
	mayNeedSanitizing(source) && {
		name: 'sanitize',
		before(root, context) {
			if (!(context.data as Record<string, unknown>)[needsSanitizing]) return;
			context.replaceNode(root, sanitize(raw(root as Root), sanitizeSchema) as Root);
		},
	};
