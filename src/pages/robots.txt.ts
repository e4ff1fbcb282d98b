import type { APIRoute } from 'astro';

/** Lets every crawler in, keeps the CMS out, and points at the sitemap. */
export const GET: APIRoute = ({ site }) =>
	new Response(
		[
			'User-agent: *',
			'Disallow: /admin/',
			'',
			`Sitemap: ${new URL('sitemap-index.xml', site)}`,
			'',
		].join('\n'),
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
