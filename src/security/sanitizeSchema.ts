import { defaultSchema } from 'hast-util-sanitize';

/**
 * What raw HTML may pass from an editor's Markdown to a page: the reviewed allow-list GitHub uses for
 * README files (hast-util-sanitize's default — no <script>, <style>, <iframe> or <form>, no `on*`
 * handlers, no inline styles, no `javascript:` URLs; ids from content get a `user-content-` prefix so
 * they cannot take over the page's own), narrowed further: no form controls or disclosure widgets,
 * and links only to web pages, email and phone.
 */
export const sanitizeSchema = {
	...defaultSchema,
	tagNames: (defaultSchema.tagNames ?? []).filter(
		(tag) => !['input', 'details', 'summary'].includes(tag),
	),
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};
