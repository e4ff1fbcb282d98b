import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { adminPolicy } from './contentSecurityPolicy.ts';
import { headersFile } from './headers.ts';
import { narrowPagePolicy } from './pagePolicy.ts';

/**
 * After the build: writes `_headers` (Netlify, Cloudflare Pages), gives `/admin/` its own
 * Content-Security-Policy in place of the site's, which would stop Decap CMS from running, and
 * leaves in every other page's policy only the hashes of the scripts and styles it has.
 */
export function securityHeaders(formOrigins: readonly string[]): AstroIntegration {
	const admin = adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL);
	const adminMeta = adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL, { meta: true });
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
				const page = new URL('admin/index.html', dir);
				const html = await readFile(page, 'utf8');
				const meta = /<meta http-equiv="content-security-policy" content="[^"]*">/;
				if (!meta.test(html)) throw new Error('admin/index.html has no CSP <meta> to replace');
				await writeFile(
					page,
					html.replace(meta, `<meta http-equiv="content-security-policy" content="${adminMeta}">`),
				);
				logger.info(
					"wrote _headers and /admin/'s policy; each page's policy names only its own hashes",
				);
			},
		},
	};
}
