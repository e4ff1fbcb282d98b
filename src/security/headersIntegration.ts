import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { adminPolicy } from './contentSecurityPolicy.ts';
import { headersFile } from './headers.ts';

/**
 * After the build: writes `_headers` (Netlify, Cloudflare Pages), with `/admin/`'s own
 * Content-Security-Policy in place of the site's, which would stop Decap CMS from running. The CMS
 * page itself is built apart (admin/vite.config.ts), which puts the same policy in its `<meta>`.
 */
export function securityHeaders(formOrigins: readonly string[]): AstroIntegration {
	const admin = adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL);
	return {
		name: 'mentor-network:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await writeFile(new URL('_headers', dir), headersFile(formOrigins, admin));
				logger.info('wrote _headers');
			},
		},
	};
}
