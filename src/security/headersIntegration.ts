import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminPolicy } from './contentSecurityPolicy.ts';
import { headersFile } from './headers.ts';

/**
 * Leaves in every page's policy only the hashes of the scripts and styles it has, as each page is
 * rendered (pagePolicyMiddleware.ts, told where the build's output is), and after the build writes
 * `_headers` (Netlify, Cloudflare Pages), with `/admin/`'s own Content-Security-Policy in place of the
 * site's, which would stop Decap CMS from running. The CMS page itself is built apart afterwards
 * (admin/vite.config.ts), which puts its own policy in its `<meta>`.
 */
export function securityHeaders(formOrigins: readonly string[]): AstroIntegration {
	const admin = adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL);
	return {
		name: 'mentor-network:security-headers',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, addMiddleware }) => {
				if (command !== 'build') return;
				updateConfig({
					vite: {
						define: {
							'import.meta.env.MENTOR_NETWORK_OUT_DIR': JSON.stringify(config.outDir.href),
						},
					},
				});
				addMiddleware({
					entrypoint: fileURLToPath(new URL('./pagePolicyMiddleware.ts', import.meta.url)),
					order: 'post',
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				writeFileSync(new URL('_headers', dir), headersFile(formOrigins, admin));
				logger.info('wrote _headers');
			},
		},
	};
}
