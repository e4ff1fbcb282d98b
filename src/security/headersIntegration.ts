import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
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
			'astro:build:done': async ({ dir, logger }) => {
				await writeFile(new URL('_headers', dir), headersFile(formOrigins, admin));
				const readAsset = (path: string) => readFileSync(new URL(`.${path}`, dir), 'utf8');
				const files = (await readdir(dir, { recursive: true })).filter(
					(file) => file.endsWith('.html') && !file.startsWith('admin/'),
				);
				for (const file of files) {
					const page = new URL(file, dir);
					await writeFile(page, narrowPagePolicy(await readFile(page, 'utf8'), readAsset));
				}
				logger.info("wrote _headers; each page's policy names only its own hashes");
			},
		},
	};
}
