import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { adminPolicy } from './contentSecurityPolicy.ts';
import { headersFile } from './headers.ts';
import { narrowPagePolicy } from './pagePolicy.ts';

/**
 * After the build: writes `_headers` (Netlify, Cloudflare Pages), with `/admin/`'s own
 * Content-Security-Policy in place of the site's, which would stop Decap CMS from running, and leaves
 * in every page's policy only the hashes of the scripts and styles it has. The CMS page itself is
 * built apart afterwards (admin/vite.config.ts), which puts its own policy in its `<meta>`.
 */
export function securityHeaders(formOrigins: readonly string[]): AstroIntegration {
	const admin = adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL);
	return {
		name: 'mentor-network:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				writeFileSync(new URL('_headers', dir), headersFile(formOrigins, admin));
				const assets = new Map<string, string>();
				const readAsset = (path: string) => {
					if (!assets.has(path)) assets.set(path, readFileSync(new URL(`.${path}`, dir), 'utf8'));
					return assets.get(path)!;
				};
				// Synchronous on purpose: thousands of small files, one after another, read and written
				// without a round trip through the thread pool for each.
				const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
					(file) => file.endsWith('.html') && !file.startsWith('admin/'),
				);
				for (const file of files) {
					const page = new URL(file, dir);
					const html = readFileSync(page, 'utf8');
					const narrowed = narrowPagePolicy(html, readAsset);
					if (narrowed !== html) writeFileSync(page, narrowed);
				}
				logger.info("wrote _headers; each page's policy names only its own hashes");
			},
		},
	};
}
