/** A run of excerpt text, marked when it is a word the visitor searched for. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};

/**
 * Splits a Pagefind excerpt into plain text runs and highlighted ones. Pagefind wraps matched words in
 * `<mark>`; everything else is text, however it looks. The caller builds the DOM from these parts with
 * text nodes, so no markup from the index (or from anything a visitor typed) is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	return excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.filter((part) => part !== '')
		.map((part) => {
			const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
			const raw = marked ? part.slice('<mark>'.length, -'</mark>'.length) : part;
			return { text: raw.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e]!), marked };
		});
}
