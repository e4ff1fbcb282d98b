/**
 * Every Content-Security-Policy the project sends, in one place. The site's pages carry a `<meta>`
 * policy that Astro completes with hashes of each page's inline styles and scripts; hosts add the
 * header policy for what a `<meta>` cannot say; the search page, the CMS and the local form
 * receiver's own pages each get exactly what they need on top.
 */

/** One directive and its sources, as Astro's `security.csp.directives` takes it. */
type Directive =
	`${'default-src' | 'img-src' | 'object-src' | 'base-uri' | 'form-action' | 'connect-src'} ${string}`;

/**
 * The site's `<meta>` policy, before Astro adds its hashes (`security.csp.directives`).
 * `siteOrigin` is the public address: the form handler redirects back to our confirmation page
 * there, and browsers check that redirect against form-action too.
 */
export function siteDirectives(siteOrigin: string, formOrigins: readonly string[]): Directive[] {
	return [
		"default-src 'self'",
		"img-src 'self' data:",
		"object-src 'none'",
		"base-uri 'self'",
		`form-action ${["'self'", siteOrigin, ...formOrigins].join(' ')}`,
		`connect-src ${["'self'", ...formOrigins].join(' ')}`,
	];
}

/**
 * The header policy for every response: the parts a `<meta>` element cannot carry (frame-ancestors)
 * or that must hold even where a page's own policy is missing. Script and style sources stay in each
 * page's meta policy, where Astro hashes them; browsers enforce both policies.
 */
export function headerPolicy(formOrigins: readonly string[]): string {
	return [
		"frame-ancestors 'none'",
		"base-uri 'self'",
		"object-src 'none'",
		`form-action ${["'self'", ...formOrigins].join(' ')}`,
	].join('; ');
}

/**
 * What the search page adds to its script sources: Pagefind's own script, and its WebAssembly
 * (`'wasm-unsafe-eval'` allows compiling WebAssembly, not JavaScript eval).
 */
export const searchScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The policy of `/admin/`, separate from the site's: Decap CMS is a React app that styles itself at
 * run time and talks to its backend, so it needs what no public page may have, and nothing more.
 *
 * - script-src 'unsafe-eval': Decap validates its configuration and entries with ajv, which compiles
 *   each JSON schema into a function at run time.
 * - style-src 'unsafe-inline': Decap's components inject their styles as <style> elements (emotion).
 * - img-src data: blob:: previews of pictures an editor has just chosen, before they are uploaded.
 * - connect-src: decap-server on this machine (local editing) and the GitHub API (production); blob:,
 *   because Decap reads a chosen picture back from its blob URL when it saves the entry.
 * - img-src GitHub: editors' avatars and pictures already in the repository, in production.
 *
 * `meta: true` gives the form for the page's <meta> element; the header form adds frame-ancestors.
 */
export function adminPolicy(localBackendUrl: string | undefined, { meta = false } = {}): string {
	const localBackends = localBackendUrl
		? [new URL(localBackendUrl).origin]
		: ['http://localhost:8081', 'http://127.0.0.1:8081'];
	return [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
		`connect-src 'self' blob: ${localBackends.join(' ')} https://api.github.com`,
		"font-src 'self' data:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'none'",
		// A <meta> policy cannot carry frame-ancestors (browsers ignore it there and say so).
		...(meta ? [] : ["frame-ancestors 'none'"]),
	].join('; ');
}

/** The local form receiver's short answer pages: plain text, nothing loaded, nothing run. */
export const receiverPagePolicy = "default-src 'none'";
