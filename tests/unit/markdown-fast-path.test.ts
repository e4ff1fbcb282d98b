import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToHtml, markdownToMdast, type HastPluginEntry } from 'satteri';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'hast';
import {
	harmlessMarkdownNodes,
	markUnsafeMarkdown,
	mayNeedSanitizing,
	sanitizeMarkdown,
} from '../../src/security/sanitizeMarkdown.ts';
import { sanitizeSchema } from '../../src/security/sanitizeSchema.ts';

/** Every kind of node the fast path leaves unsanitised, written the ways an editor might write it. */
const harmless = `
# Overskrift med *kursiv* & \`kode\`

Et afsnit med **fed**, _kursiv_, ~~overstreget~~, "citationstegn" -- og... en < b > c, 3 > 2 & AT&T,
en hård  
linjeskift, et [link til definition][om] og et ![billede][fig].

[om]: /om-netvaerket/#hvem "Om os"
[fig]: billeder/par.png

> Et citat
> over to linjer

1. Første
2. Anden

7. starter ved syv

- punkt
  - indrykket

***

Et [relativt link](../kontor/fyn/) og ![et billede](par.png "titel").

\`\`\`js title="x"
<script>alert(1)</script>
\`\`\`

    indrykket kode <img src=x onerror=alert(1)>
`;

/** Each of these must send the document through the sanitizer. */
const unsafe = [
	'<script>alert(1)</script>',
	'Tekst <img src="x.png" onerror="alert(1)"> tekst',
	'[klik](javascript:alert(1))',
	'[klik][x]\n\n[x]: javascript:alert(1)',
	'![b](data:text/html;base64,PHNjcmlwdD4=)',
	'- [ ] en opgave',
	'Fodnote[^1]\n\n[^1]: Her.',
	'<https://example.org>',
	'[mail](mailto:a@example.org)',
	'| Venstre | Højre |\n| :--- | ---: |\n| a | b |',
	'Se https://example.org i dag',
	'Se www.example.org i dag',
	'Skriv til a@example.org',
];

/** A story as most are written: no character any node the plugins look at needs. */
const plainStory = `
Noor arbejdede i 10 år som økonom. Efter 11 måneder havde de arbejdet med tre ting, kl. 10:30:

- at skrive et kort CV
- at øve fagsprog

## Hvad forløbet betød

“Det var hårdt, men *Dorthe* sagde, at det også sker for danskere,” fortæller hun – og smiler (igen).
`;

/** Kinds the fast path trusts only as written in the harmless sample: relative addresses, no task. */
const trustedAsWritten = ['listItem', 'definition', 'link', 'image'];

const alwaysSanitized: HastPluginEntry = {
	name: 'sanitize-always',
	before(root, context) {
		context.replaceNode(root, sanitize(raw(root as Root), sanitizeSchema) as Root);
	},
};

function marked(source: string): boolean {
	const { data } = markdownToHtml(source, {
		mdastPlugins: [markUnsafeMarkdown],
	}) as { data: Record<string, unknown> };
	return Object.values(data).includes(true);
}

const render = (source: string, hastPlugins: HastPluginEntry[]) =>
	(
		markdownToHtml(source, {
			mdastPlugins: [markUnsafeMarkdown],
			hastPlugins,
			features: { gfm: true, smartPunctuation: true },
		}) as { html: string }
	).html;

function nodeTypes(node: { type: string; children?: unknown[] }, found = new Set<string>()) {
	found.add(node.type);
	for (const child of (node.children ?? []) as (typeof node)[]) nodeTypes(child, found);
	return found;
}

describe('Markdown sanitised only when it can carry something to clean', () => {
	it('the harmless sample has every node kind the fast path trusts, and nothing else', () => {
		const types = nodeTypes(
			markdownToMdast(harmless, { features: { gfm: true } }) as {
				type: string;
				children?: unknown[];
			},
		);
		types.delete('root');
		assert.deepEqual([...types].sort(), [...harmlessMarkdownNodes, ...trustedAsWritten].sort());
		assert.equal(marked(harmless), false);
	});

	it('renders harmless Markdown exactly as the sanitizer would', () => {
		assert.equal(render(harmless, [sanitizeMarkdown]), render(harmless, [alwaysSanitized]));
	});

	it('skips both plugins for a source without the characters they look for, and renders the same', () => {
		assert.equal(mayNeedSanitizing(plainStory), false);
		assert.equal(render(plainStory, [sanitizeMarkdown]), render(plainStory, [alwaysSanitized]));
		assert.equal(mayNeedSanitizing(harmless), true);
	});

	for (const source of unsafe) {
		it(`sanitises ${JSON.stringify(source)}`, () => {
			assert.equal(mayNeedSanitizing(source), true);
			assert.equal(marked(source), true);
			const html = render(source, [sanitizeMarkdown]);
			assert.equal(html, render(source, [alwaysSanitized]));
			assert.doesNotMatch(html, /<script|onerror|javascript:|data:text|<input|style=/);
		});
	}
});
