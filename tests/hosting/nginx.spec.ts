import type { APIResponse } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { builtFormOrigins } from '../../deploy/nginx/serve.ts';
import { t } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { fieldsFor } from '../../src/forms/formFields.ts';
import { adminPolicy, headerPolicy } from '../../src/security/contentSecurityPolicy.ts';
import { adminHeaders, cacheControl, securityHeaders } from '../../src/security/headers.ts';
import { dist } from '../helpers/built.ts';
import { servePublicSiteInEachTest, siteOrigin, submissionsFrom } from '../helpers/form.ts';
import {
	builtFile,
	expectSearchFindsFyn,
	expectEverySitemapUrl,
	expectSecurityHeaders as expectHeaders,
} from './probes.ts';

/** The policy nginx sends: the build's form origins and, for the tests, the public address. */
const sitePolicy = headerPolicy([...builtFormOrigins(dist), siteOrigin]);

/** Every header the one definition asks for, and nginx's policy unless told another. */
const expectSecurityHeaders = (
	headers: Record<string, string>,
	policy = sitePolicy,
	expected = securityHeaders,
) => expectHeaders(headers, policy, expected);

/** A request as written on the wire, path and all, so nothing normalises it on the way. */
function rawRequest(
	origin: string,
	text: string,
): Promise<{ status: number; head: string; body: string }> {
	const { hostname, port } = new URL(origin);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname, () => socket.write(text));
		const chunks: Buffer[] = [];
		socket.on('data', (chunk) => chunks.push(chunk));
		socket.on('error', reject);
		socket.on('end', () => {
			const answer = Buffer.concat(chunks).toString('latin1');
			const [head = '', ...body] = answer.split('\r\n\r\n');
			resolve({ status: Number(head.split(' ')[1]), head, body: body.join('\r\n\r\n') });
		});
	});
}

/** GET with `Accept-Encoding: gzip`, keeping the bytes as sent. */
function gzipGet(url: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		httpRequest(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

const headersOf = (response: APIResponse) => response.headers();

test.describe('nginx with deploy/nginx/mentor-network.conf, over HTTP', () => {
	test('every sitemap URL answers 200 with every security header, and revalidates', async ({
		request,
	}) => {
		await expectEverySitemapUrl(request, (headers) => {
			expectSecurityHeaders(headers);
			expect(headers['cache-control']).toBe(cacheControl.html);
		});
	});

	test('/admin/ has its own policy and stays out of search engines', async ({ request }) => {
		const response = await request.get('/admin/');
		expect(response.status()).toBe(200);
		expectSecurityHeaders(headersOf(response), adminPolicy(undefined), {
			...securityHeaders,
			...adminHeaders,
		});
	});

	test("an unknown path answers 404 with the site's 404 page and the headers", async ({
		request,
	}) => {
		const page404 = readFileSync(join(dist, '404.html'), 'utf8');
		for (const path of ['/findes-ikke/', '/en/no-such-page/', '/_astro/missing.js']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(404);
			expect(await response.text()).toBe(page404);
			expectSecurityHeaders(headersOf(response));
		}
	});

	test('a folder without its slash is sent to the page, on the same host', async ({ request }) => {
		const response = await request.get('/om-netvaerket', { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(headersOf(response).location).toBe('/om-netvaerket/');
	});

	test('hashed assets are immutable; HTML revalidates with its ETag', async ({ request }) => {
		const script = builtFile('_astro', '.js');
		const asset = await request.get(script);
		expect(asset.status()).toBe(200);
		expect(headersOf(asset)['cache-control']).toBe(cacheControl.immutable);
		expect(headersOf(asset)['content-type']).toBe('application/javascript; charset=utf-8');
		expectSecurityHeaders(headersOf(asset));

		const page = await request.get('/');
		expect(headersOf(page)['cache-control']).toBe('no-cache');
		const etag = headersOf(page).etag;
		expect(etag).toBeTruthy();
		const again = await request.get('/', { headers: { 'if-none-match': etag! } });
		expect(again.status()).toBe(304);
	});

	test('text is gzip-compressed; compressed data is sent as it is', async ({ baseURL }) => {
		const text = [
			'/index.html',
			builtFile('_astro', '.js'),
			'/sitemap-0.xml',
			'/data/figures-da.json',
			'/data/figures-da.csv',
			'/historier/rss.xml',
			'/pagefind/pagefind.js',
		];
		for (const path of text) {
			const { headers, body } = await gzipGet(`${baseURL}${path}`);
			expect(headers['content-encoding'], path).toBe('gzip');
			expect(headers.vary, path).toBe('Accept-Encoding');
			expect(gunzipSync(body).equals(readFileSync(join(dist, path))), path).toBe(true);
		}
		for (const suffix of ['.pf_meta', '.pf_index', '.pf_fragment', '.pagefind']) {
			const path = builtFile('pagefind', suffix);
			const { headers, body } = await gzipGet(`${baseURL}${path}`);
			expect(headers['content-type'], path).toBe('application/octet-stream');
			expect(headers['content-encoding'], path).toBeUndefined();
			expect(body.equals(readFileSync(join(dist, path))), path).toBe(true);
		}
	});
});

test.describe('bad input gets nginx’s refusal, never a file outside dist/', () => {
	const secret = '"name": "mentor-network-site"';
	const get = (path: string) =>
		`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;

	for (const path of [
		'/../package.json',
		'/../../../../etc/passwd',
		'/%2e%2e/package.json',
		'/_astro/..%2f..%2fpackage.json',
		'/soeg/../../package.json',
	]) {
		test(`a path with .. (${path})`, async ({ baseURL }) => {
			const answer = await rawRequest(baseURL!, get(path));
			expect(answer.status).toBe(400);
			expect(answer.body).not.toContain(secret);
			expect(answer.body).not.toContain('root:');
		});
	}

	test('an over-long URL', async ({ baseURL }) => {
		const answer = await rawRequest(baseURL!, get(`/${'a'.repeat(10_000)}/`));
		expect(answer.status).toBe(414);
	});

	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
		test(`${method} is refused`, async ({ baseURL }) => {
			const answer = await rawRequest(
				baseURL!,
				`${method} /tilmeld/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi`,
			);
			expect(answer.status).toBe(405);
			expect(answer.head).toMatch(/^X-Frame-Options: DENY$/m);
		});
	}

	test('HEAD answers like GET, without a body', async ({ baseURL }) => {
		const answer = await rawRequest(
			baseURL!,
			'HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
		);
		expect(answer.status).toBe(200);
		expect(answer.body).toBe('');
	});
});

test.describe('in Chromium, through nginx', () => {
	test('search finds the Fyn office, with no policy violation', async ({ page }) => {
		await expectSearchFindsFyn(page);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });
		// The receiver redirects to the public address (SITE_URL); nginx stands in for it.
		servePublicSiteInEachTest();

		test('a mentor signs up by plain POST and is redirected to the confirmation page', async ({
			page,
		}) => {
			const email = `nginx-${crypto.randomUUID()}@example.com`;
			const values: Record<string, string> = {
				name: 'Hanne Jensen',
				email,
				office: 'koebenhavn',
				profession: 'Projektleder',
				sector: 'Byggeri',
				motivation: 'Jeg vil gerne åbne mit netværk for en anden kvinde.',
				availability: 'To timer om måneden.',
				consent: 'yes',
			};
			await page.goto(`${routePath({ locale: 'da', page: 'signup' })}#mentor`);
			const form = page.getByRole('region', { name: t('da', 'cta.signupMentor') });
			for (const { name, kind } of fieldsFor('mentor')) {
				const value = values[name];
				if (value === undefined) continue;
				const input = form.locator(`[name="${name}"]`);
				if (kind === 'radios') await input.and(page.locator(`[value="${value}"]`)).check();
				else if (kind === 'select') await input.selectOption(value);
				else if (kind === 'checkbox') await input.check();
				else await input.fill(value);
			}
			await form.getByRole('button', { name: t('da', 'signup.submit') }).click();
			await expect(page).toHaveURL(`${siteOrigin}${routePath({ locale: 'da', page: 'thanks' })}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Tak – vi har modtaget din tilmelding',
			);
			await expect.poll(() => submissionsFrom(email).length).toBe(1);
			expect(submissionsFrom(email)[0]).toMatchObject({
				role: 'mentor',
				language: 'da',
				...values,
			});
		});
	});
});
