import { readFileSync } from 'node:fs';
import { defineMiddleware } from 'astro:middleware';
import { narrowPagePolicy } from './pagePolicy.ts';

/** Where the build writes the site; the security integration passes it in (headersIntegration.ts). */
const outDir = import.meta.env.MENTOR_NETWORK_OUT_DIR as string | undefined;

/** The bundled scripts and stylesheets the pages link to, read once each from the build's output. */
const assets = new Map<string, string>();
function readAsset(path: string): string {
	if (!assets.has(path)) assets.set(path, readFileSync(new URL(`.${path}`, outDir), 'utf8'));
	return assets.get(path)!;
}

/**
 * Narrows each page's Content-Security-Policy to its own hashes (pagePolicy.ts) as the page is
 * rendered for the build, before it is written: the site's scripts and styles are already in the
 * output folder then, and no page has to be read and written a second time afterwards.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!outDir || !context.isPrerendered) return response;
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(narrowPagePolicy(html, readAsset), response);
});
