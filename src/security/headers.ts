import { headerPolicy } from './contentSecurityPolicy.ts';

/**
 * The HTTP headers every static host should send with the site: one definition, written out as a
 * `_headers` file (Netlify, Cloudflare Pages) at build time and as deploy/nginx/mentor-network.conf
 * (nginxConf.ts).
 * Aims at an A+ under MDN's HTTP Observatory rules.
 */

/**
 * Sent with every response. No Cross-Origin-Opener-Policy on the site's pages: it measurably costs
 * them (Lighthouse's mobile run) and protects little on public pages that are the same for everyone
 * (docs/decisions/0003-no-coop-on-pages.md); /admin/ sends its own (adminHeaders).
 */
export const securityHeaders: Record<string, string> = {
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'X-Frame-Options': 'DENY',
};

/**
 * `/admin/` on top of securityHeaders. The CMS holds the one secret on the site (an editor's GitHub
 * token), so no other site that opens it may keep a handle on it: Cross-Origin-Opener-Policy. Decap
 * signs editors in through a popup on the OAuth service's site, which answers through
 * `window.opener`; `same-origin` would cut that popup off and the sign-in would never finish, so
 * `same-origin-allow-popups`, which keeps the CMS's own popups.
 */
export const adminHeaders: Record<string, string> = {
	'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
	'X-Robots-Tag': 'noindex',
};

/** Hashed build assets never change under the same name; HTML must be revalidated every time. */
export const cacheControl = {
	immutable: 'public, max-age=31536000, immutable',
	html: 'no-cache',
};

/** The `_headers` file for Netlify and Cloudflare Pages; `admin` is the CMS's own policy. */
export function headersFile(formOrigins: readonly string[], admin: string): string {
	const all = { ...securityHeaders, 'Content-Security-Policy': headerPolicy(formOrigins) };
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	// These hosts merge every matching block, so Cache-Control is set only where no other block sets it;
	// both already serve HTML with revalidation by default.
	return `${[
		block('/*', all),
		block('/_astro/*', { 'Cache-Control': cacheControl.immutable }),
		block('/admin/*', { 'Content-Security-Policy': admin, ...adminHeaders }),
	].join('\n\n')}\n`;
}
