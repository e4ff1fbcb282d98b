import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { securityHeaders } from '../../src/security/headers.ts';
import { dist } from '../helpers/built.ts';
import { sitemapPaths } from '../helpers/site.ts';

/** The probes every host's tests share (nginx.spec.ts, cdn.spec.ts). */

/** Every header the one definition asks for, with its exact value, and the policy `policy`. */
export function expectSecurityHeaders(
	headers: Record<string, string>,
	policy: string,
	expected = securityHeaders,
) {
	for (const [name, value] of Object.entries(expected)) {
		expect(headers[name.toLowerCase()], name).toBe(value);
	}
	expect(headers['content-security-policy']).toBe(policy);
}

/**
 * Every sitemap URL answers 200 itself (no redirect), as HTML, with the headers `expectHeaders` asks
 * of a page: the security headers and the host's caching.
 */
export async function expectEverySitemapUrl(
	request: APIRequestContext,
	expectHeaders: (headers: Record<string, string>, path: string) => void,
) {
	const paths = sitemapPaths();
	expect(paths.length).toBeGreaterThan(20);
	for (const path of paths) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(200);
		expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
		expectHeaders(response.headers(), path);
	}
}

/** A file of dist/ whose name ends with `suffix`, as its URL path. */
export function builtFile(folder: string, suffix: string): string {
	// The largest, so it is above nginx's gzip_min_length (a script shared by two pages leaves each a
	// 33-byte stub that imports it).
	const file = readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(suffix))
		.toSorted(
			(a, b) => statSync(join(dist, folder, b)).size - statSync(join(dist, folder, a)).size,
		)[0];
	if (!file) throw new Error(`no ${suffix} file in dist/${folder}`);
	return `/${folder}/${file}`;
}

/** In Chromium: the search page finds the Fyn office, and nothing breaks the page's policy. */
export async function expectSearchFindsFyn(page: Page) {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await page.goto('/soeg/?q=Fyn');
	await expect(page.getByRole('status')).toHaveText(/^\d+ resultater? for »Fyn«$/);
	const results = page.getByRole('list', { name: 'Søgeresultater' });
	await expect(results.getByRole('heading', { level: 2 }).first()).toHaveText('Fyn');
	expect(violations).toEqual([]);
}
