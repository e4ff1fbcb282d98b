/**
 * The Content-Security-Policy of `/admin/`, separate from the site's: Decap CMS is a React app that
 * styles itself at run time and talks to its backend, so it needs what no public page may have, and
 * nothing more.
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
