import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from './headers.ts';

/** Writes `_headers` into the built site, so Netlify and Cloudflare Pages send our security headers. */
export function securityHeaders(formOrigins: readonly string[]): AstroIntegration {
	return {
		name: 'mentor-network:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await writeFile(new URL('_headers', dir), headersFile(formOrigins));
				logger.info('wrote _headers');
			},
		},
	};
}
