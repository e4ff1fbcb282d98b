import type { HastPluginEntry } from 'satteri';
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'hast';
import { sanitizeSchema } from './sanitizeSchema.ts';

/**
 * A hast plugin for Astro's default Markdown processor (Sätteri) that cleans each rendered Markdown
 * entry once, as a whole tree, with hast-util-sanitize (the library rehype-sanitize is built on) and
 * the project's allow-list. Sätteri parses raw HTML into elements first (`features.rawHtml`), so the
 * allow-list judges each tag and attribute, exactly as rehype-raw then rehype-sanitize did.
 *
 * Only plain Markdown: editors' text (the CMS writes `.md`) reaches pages through it. An `.mdx` file
 * is code — it can import components and run expressions — so it is reviewed like code, not cleaned.
 */
export const sanitizeMarkdown: HastPluginEntry = ({ sourceFormat }) =>
	sourceFormat === 'markdown' && {
		name: 'sanitize',
		before(root, context) {
			context.replaceNode(root, sanitize(root as Root, sanitizeSchema) as Root);
		},
	};
