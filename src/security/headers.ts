import { headerPolicy } from './contentSecurityPolicy.ts';

/**
 * The HTTP headers every static host should send with the site: one definition, written out as a
 * `_headers` file (Netlify, Cloudflare Pages) at build time and as deploy/nginx/mentor-network.conf
 * (nginxConf.ts).
 * Aims at an A+ under MDN's HTTP Observatory rules.
 */

/**
 * Sent with every response. Cross-Origin-Opener-Policy `same-origin`: no page of another site that
 * opens one of ours (or that ours opens) keeps a handle on it, and Chrome on Android gives a site
 * that sends it a process of its own, away from other sites' pages, while a woman types her details
 * into the sign-up form (README, "Cross-Origin-Opener-Policy", with what it costs).
 */
export const securityHeaders: Record<string, string> = {
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
};

/**
 * `/admin/` in place of the same names in securityHeaders: Decap CMS signs editors in through a popup
 * on the OAuth service's site, which answers through `window.opener`; `same-origin` would cut that
 * popup off and the sign-in would never finish. `same-origin-allow-popups` keeps the CMS's own
 * popups and still leaves no other site a handle on the CMS.
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
