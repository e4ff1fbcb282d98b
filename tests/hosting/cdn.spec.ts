import { expect, test, type APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFormOrigins } from '../../deploy/nginx/serve.ts';
import { locales } from '../../src/i18n/locales.ts';
import { pageExistsIn } from '../../src/routing/pages.ts';
import { routePath } from '../../src/routing/routes.ts';
import { adminPolicy, headerPolicy } from '../../src/security/contentSecurityPolicy.ts';
import { adminHeaders, cacheControl, securityHeaders } from '../../src/security/headers.ts';
import { dist } from '../helpers/built.ts';
import { runtimes } from './cdnRuntimes.ts';
import {
	builtFile,
	expectSearchFindsFyn,
	expectEverySitemapUrl,
	expectSecurityHeaders as expectHeaders,
} from './probes.ts';

/**
 * dist/ as Cloudflare Pages (`wrangler pages dev`, workerd) and Netlify (`netlify dev`) serve it,
 * with nothing but the files the build writes (`_headers`, `404.html`) and netlify.toml: the probes
 * nginx passes (nginx.spec.ts), run by the projects `cloudflare-pages` and `netlify`
 * (playwright.config.ts). The policy is the one `_headers` carries: the build's form origins.
 */
const sitePolicy = headerPolicy(builtFormOrigins(dist));

const headersOf = (response: APIResponse) => response.headers();

const expectSecurityHeaders = (
	headers: Record<string, string>,
	policy = sitePolicy,
	expected = securityHeaders,
) => expectHeaders(headers, policy, expected);

/** HTML is revalidated on every visit: `no-cache`, or `max-age=0` as both hosts send by default. */
function expectRevalidated(headers: Record<string, string>, path: string) {
	expect(headers['cache-control'], path).toMatch(/\bno-cache\b|\bmax-age=0\b/);
	expect(headers['cache-control'], path).not.toContain('immutable');
}

test.describe('a CDN runtime serving dist/, over HTTP', () => {
	test('every sitemap URL answers 200 with every security header, and revalidates', async ({
		request,
	}) => {
		await expectEverySitemapUrl(request, (headers, path) => {
			expectSecurityHeaders(headers);
			expectRevalidated(headers, path);
		});
	});

	test('/admin/ has its own policy, and stays out of search engines', async ({ request }) => {
		const response = await request.get('/admin/');
		expect(response.status()).toBe(200);
		const admin = adminPolicy(undefined);
		if (test.info().project.name !== runtimes.cloudflare.name) {
			// Netlify: of two rules that set a header, the later one wins (`headersForPath`).
			expectSecurityHeaders(headersOf(response), admin, { ...securityHeaders, ...adminHeaders });
			return;
		}
		// Cloudflare joins the values of every rule that matches with a comma: /admin/ gets the site's
		// policy and its own, and a browser enforces both. That is the CMS's own policy only as long as
		// the site's allows everything the CMS's does, directive by directive: checked here.
		expectSecurityHeaders(headersOf(response), `${sitePolicy}, ${admin}`, {
			...securityHeaders,
			...adminHeaders,
		});
		const directives = (policy: string) =>
			new Map(
				policy.split(';').map((part) => {
					const [name = '', ...values] = part.trim().split(/\s+/);
					return [name, values.join(' ')];
				}),
			);
		const cms = directives(admin);
		for (const [name, values] of directives(sitePolicy)) {
			const own = cms.get(name);
			expect(own, `the CMS's policy sets ${name}`).toBeDefined();
			const allowed = values.split(' ');
			for (const source of own === "'none'" ? [] : own!.split(' ')) {
				expect(allowed, `${name} ${source} on /admin/`).toContain(source);
			}
		}
	});

	test("an unknown path answers 404 with the site's 404 page and the headers", async ({
		request,
	}) => {
		const page404 = readFileSync(join(dist, '404.html'), 'utf8');
		for (const path of ['/findes-ikke/', '/en/no-such-page/', '/_astro/missing.js']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(404);
			expect(await response.text(), path).toBe(page404);
			expectSecurityHeaders(headersOf(response));
		}
	});

	test('a folder without its slash reaches the page, on the same host', async ({ request }) => {
		const page = readFileSync(join(dist, 'om-netvaerket/index.html'), 'utf8');
		const response = await request.get('/om-netvaerket', { maxRedirects: 0 });
		// Cloudflare redirects (308) to the folder; `netlify dev` serves its index.html as it is.
		if (test.info().project.name === runtimes.cloudflare.name) {
			expect(response.status()).toBe(308);
			expect(headersOf(response).location).toBe('/om-netvaerket/');
		} else {
			expect(response.status()).toBe(200);
			expect(await response.text()).toBe(page);
		}
	});

	test('hashed assets are immutable; HTML answers 304 to its ETag', async ({ request }) => {
		const script = builtFile('_astro', '.js');
		const asset = await request.get(script);
		expect(asset.status()).toBe(200);
		if (test.info().project.name === runtimes.netlify.name) {
			// `netlify dev` serves the folder through its own static server, which sends
			// `Cache-Control: public, max-age=0` (@fastify/static), and its proxy writes that server's
			// headers over the `_headers` rules (netlify-cli dist/utils/proxy.js: setHeader for each
			// rule, then writeHead with the origin's headers); Netlify's CDN applies the rule. What the
			// CLI resolves for the path is checked instead, with the CLI's own code.
			const { parseHeaders, headersForPath } = await import(
				join(runtimes.netlify.prefix, 'node_modules/netlify-cli/dist/utils/headers.js')
			);
			const rules = await parseHeaders({ config: {}, headersFiles: [join(dist, '_headers')] });
			expect(headersForPath(rules, script)['Cache-Control']).toBe(cacheControl.immutable);
		} else {
			expect(headersOf(asset)['cache-control']).toBe(cacheControl.immutable);
		}
		expect(headersOf(asset)['content-type']).toMatch(/^(application|text)\/javascript\b/);
		expect((await asset.body()).equals(readFileSync(join(dist, script)))).toBe(true);
		expectSecurityHeaders(headersOf(asset));

		const page = await request.get('/');
		const etag = headersOf(page).etag;
		expect(etag).toBeTruthy();
		const again = await request.get('/', { headers: { 'if-none-match': etag! } });
		expect(again.status()).toBe(304);
	});

	test("Pagefind's files arrive byte for byte, never under the immutable rule", async ({
		request,
	}) => {
		const files = [
			'/pagefind/pagefind.js',
			...['.pf_meta', '.pf_index', '.pf_fragment', '.pagefind'].map((suffix) =>
				builtFile('pagefind', suffix),
			),
		];
		for (const path of files) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			// Decoded by the client if the host compressed it: equal only if it was compressed once.
			expect((await response.body()).equals(readFileSync(join(dist, path))), path).toBe(true);
			expect(headersOf(response)['cache-control'] ?? '', path).not.toContain('immutable');
			expectSecurityHeaders(headersOf(response));
		}
	});

	test('the confirmation page the form redirects to answers in every language', async ({
		request,
	}) => {
		for (const locale of locales.filter((l) => pageExistsIn('thanks', l))) {
			const path = routePath({ locale, page: 'thanks' });
			const response = await request.get(path, { maxRedirects: 0 });
			expect(response.status(), path).toBe(200);
			expect(await response.text(), path).toBe(
				readFileSync(join(dist, path, 'index.html'), 'utf8'),
			);
			expectSecurityHeaders(headersOf(response));
		}
	});
});

test.describe('in Chromium, through a CDN runtime', () => {
	test('search finds the Fyn office, with no policy violation', async ({ page }) => {
		await expectSearchFindsFyn(page);
	});
});
