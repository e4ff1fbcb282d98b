import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { kb, type Report } from './report.ts';
import { serveStatic } from './serve.ts';

/** The search page and the words typed into it, per language. */
const searches = [
	{ locale: 'da', path: '/soeg/', words: ['mentor', 'sygeplejerske'] },
	{ locale: 'en', path: '/en/search/', words: ['mentor', 'nurse'] },
];
/** Milliseconds between keys: a brisk typist on a phone. */
const keyDelay = 120;

/** What a host serving gzip would send for a body: already-compressed Pagefind files stay as they are. */
function sentBytes(body: Buffer): number {
	return Math.min(body.length, gzipSync(body).length);
}

/** Total bytes of one language's index: metadata, word chunks, filter chunks and page fragments. */
function indexSize(pagefind: string, locale: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	const add = (file: string) => {
		bytes += statSync(file).size;
		files += 1;
	};
	for (const file of readdirSync(pagefind)) {
		if (file.startsWith(`pagefind.${locale}_`)) add(join(pagefind, file));
	}
	for (const folder of ['index', 'filter', 'fragment']) {
		if (!existsSync(join(pagefind, folder))) continue;
		for (const file of readdirSync(join(pagefind, folder))) {
			if (file.startsWith(`${locale}_`)) add(join(pagefind, folder, file));
		}
	}
	return { bytes, files };
}

/**
 * Opens the search page in a fresh browser context, then types `word` key by key. Returns the bytes the
 * page needed before any query, and the bytes the first query cost: the page's own script plus every
 * Pagefind file fetched once typing started.
 */
async function firstQuery(browser: Browser, url: string, word: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	let typing = false;
	const responses: Promise<{ url: string; typing: boolean; bytes: number }>[] = [];
	page.on('response', (response) => {
		const during = typing;
		responses.push(
			response
				.body()
				.then((body) => ({ url: response.url(), typing: during, bytes: sentBytes(body) }))
				.catch(() => ({ url: response.url(), typing: during, bytes: 0 })),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	typing = true;
	await page.getByRole('searchbox').last().pressSequentially(word, { delay: keyDelay });
	await page.getByRole('status').filter({ hasText: /\d/ }).waitFor();
	await page.waitForLoadState('networkidle');
	const all = await Promise.all(responses);
	await context.close();
	const ownScript = all.filter((r) => !r.typing && r.url.endsWith('.js'));
	const pagefind = all.filter((r) => r.typing && r.url.includes('/pagefind/'));
	const sum = (list: { bytes: number }[]) => list.reduce((total, r) => total + r.bytes, 0);
	return {
		beforeQuery: sum(all.filter((r) => !r.typing)),
		query: sum(ownScript) + sum(pagefind),
		requests: pagefind.length,
	};
}

/** Index size and first-query cost of a built site (its `dist/`), one row per language and word. */
export async function searchRows(
	label: string,
	dist: string,
	browser: Browser,
): Promise<string[][]> {
	const { server, origin } = await serveStatic(dist);
	const rows: string[][] = [];
	try {
		for (const { locale, path, words } of searches) {
			const index = indexSize(join(dist, 'pagefind'), locale);
			for (const word of words) {
				const result = await firstQuery(browser, origin + path, word);
				rows.push([
					label,
					locale,
					`${kb(index.bytes)} (${index.files} files)`,
					kb(result.beforeQuery),
					`“${word}”`,
					`${kb(result.query)} (${result.requests} files)`,
				]);
			}
		}
	} finally {
		server.close();
	}
	return rows;
}

/** The search report over the rows the build benchmark measured on its own builds. */
export function searchReport(rows: string[][]): Report {
	return {
		title: 'Search (Pagefind)',
		columns: ['site', 'lang', 'index size', 'page before query', 'typed', 'first query fetched'],
		rows,
		notes: [
			'Index size: one language’s Pagefind metadata, word, filter and fragment files on disk.',
			'Page before query: the search page’s HTML (with its inlined CSS), script and icon, gzip.',
			`First query: typed key by key (${keyDelay} ms apart) into a fresh browser; the page’s own`,
			'script plus every Pagefind file fetched (pagefind.js, WebAssembly, metadata, index chunks,',
			'filters, result fragments), as a gzip-serving host would send them.',
			'Measured on the build benchmark’s builds of the site (stories of about 600 words).',
			'Targets (not tests): page ≤ 10 KB before the first query; first query ≤ 120 KB at +5,000.',
		],
	};
}
