import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `npm start`/`astro dev`: serves the CMS at /admin/ from its own Vite config (admin/vite.config.ts),
 * mounted inside Astro's dev server, so that the site and the CMS share one address as in production.
 * The site's build never sees the CMS: `npm run build` builds it in a separate step.
 */
export function adminDevServer(): AstroIntegration {
	return {
		name: 'mentor-network:admin-dev-server',
		hooks: {
			'astro:server:setup': async ({ server }) => {
				const { createServer } = await import('vite');
				const admin = await createServer({
					configFile: fileURLToPath(new URL('vite.config.ts', import.meta.url)),
					appType: 'mpa',
					// Its live-reload socket shares Astro's port, on the /admin/ path.
					server: { middlewareMode: true, hmr: { server: server.httpServer ?? undefined } },
				});
				server.middlewares.use((request, response, next) => {
					if (request.url?.startsWith('/admin/')) admin.middlewares(request, response, next);
					else next();
				});
				server.httpServer?.once('close', () => void admin.close());
			},
		},
	};
}
