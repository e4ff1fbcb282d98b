import { createHash } from 'node:crypto';

/**
 * Digests already taken, by algorithm and text: a build's pages share a handful of inline styles and
 * scripts (every story page has the same ones), so each is hashed once, not once per page.
 */
const digestsTaken = new Map<string, string>();

function digest(algorithm: string, text: string): string {
	const key = `${algorithm}\0${text}`;
	let source = digestsTaken.get(key);
	if (source === undefined) {
		source = `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
		digestsTaken.set(key, source);
	}
	return source;
}

/**
 * Whether a `<script>` with these attributes is a JSON data block (JSON-LD): it never runs, so the
 * policy does not govern it and Astro writes no hash for it. Any other type (a module, an import map,
 * speculation rules) may be governed and keeps its hash. Leaving data blocks out also keeps each
 * story's own JSON-LD, and with it the whole page it was cut from, out of `digestsTaken`, which
 * otherwise held every story page through the build (docs/performance.md, "The build at scale").
 */
function isJsonData(attributes: string): boolean {
	const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase() ?? '';
	return /(^|[/+])json$/.test(type);
}

/**
 * Astro's `security.csp` gives every page the hashes of every script and inline style in the whole
 * build (each section's styles, the search and sign-up scripts, the CMS's chunks). A page needs only
 * the hashes of what it carries: this keeps in a page's `<meta>` policy the hashes of its own inline
 * `<style>` and `<script>` elements and of the files its `<script src>` and stylesheet links load
 * (`readAsset` gives a file's text by its URL path), and drops the rest. A page with no form that
 * posts to another origin (only the sign-up and contact forms post, to the form handler) keeps only
 * its own origin in form-action and connect-src: it sends nothing elsewhere, and the bytes are every
 * page's. Nothing is added: a hash or origin Astro did not write stays missing.
 */
export function narrowPagePolicy(html: string, readAsset: (path: string) => string): string {
	const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/;
	const match = meta.exec(html);
	if (!match) return html;
	const carried = [
		...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
		...[...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
			.filter((m) => !isJsonData(m[1]!))
			.map((m) => m[2]!),
		...[...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].map((m) => readAsset(m[1]!)),
		...[...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((m) =>
			readAsset(m[1]!),
		),
	];
	// Only the algorithms the policy names (Astro's default is sha256 alone).
	const algorithms = new Set([...match[2]!.matchAll(/'(sha(?:256|384|512))-/g)].map((m) => m[1]!));
	const digests = new Set(
		[...algorithms].flatMap((algorithm) => carried.map((text) => digest(algorithm, text))),
	);
	const postsAway = /<form\b[^>]*\saction="https?:/i.test(html);
	const sendsOnlyHome = (directive: string) =>
		!postsAway && /^\s*(form-action|connect-src)\s/.test(directive);
	// Astro writes `directive source source;` with and without a space after each semicolon.
	const policy = match[2]!
		.split(';')
		.map((directive) =>
			directive
				.split(' ')
				.filter((source) => !/^'sha(256|384|512)-/.test(source) || digests.has(source))
				.filter((source) => !sendsOnlyHome(directive) || !/^[a-z][\w+.-]*:\/\//i.test(source))
				.join(' '),
		)
		.join(';');
	return html.replace(meta, `$1${policy}$3`);
}
