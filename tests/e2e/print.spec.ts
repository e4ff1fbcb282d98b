import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { completeLocales, t } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';

/**
 * The model page is a partner's fact sheet: printed by Chromium (page.pdf, print media, on A4 and on
 * US Letter) it must fit on two pages, print its own address, print no site-relative link, and leave
 * no heading as the last line of a page. The PDF is read back with poppler's pdfinfo and pdftotext
 * (Debian's poppler-utils; .ci/run installs it). With PRINT_PNG_DIR set, each page is also saved as a
 * PNG there (pdftoppm), to look at.
 */

const formats = ['A4', 'Letter'] as const;
type Format = (typeof formats)[number];

/** Site-relative paths as printed text: "(/en/contact/)", " /kontakt/". */
const relativeUrl = /(?:^|[\s(«"“])(\/[a-z0-9æøå-]+\/[^\s)»"”]*)/im;

interface Printed {
	pages: number;
	/** The whole text, white space collapsed. */
	text: string;
	/** A site-relative path found in the text, or null. */
	relative: string | null;
	/** Headings printed as the last line of a page (not the last page). */
	orphans: string[];
}

/** `page` printed to PDF on `format` paper, read back with poppler. */
async function print(page: Page, format: Format, name: string): Promise<Printed> {
	await page.emulateMedia({ media: 'print' });
	// The headings as printed (hidden ones left out), to spot one that ends a page.
	const headings = (await page.locator('h1:visible, h2:visible, h3:visible').allInnerTexts()).map(
		(text) => text.replace(/\s+/g, ' ').trim(),
	);
	const work = mkdtempSync(join(tmpdir(), 'print-'));
	const pdf = join(work, `${name}.pdf`);
	writeFileSync(pdf, await page.pdf({ format }));
	const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
	const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
	if (process.env.PRINT_PNG_DIR) {
		mkdirSync(process.env.PRINT_PNG_DIR, { recursive: true });
		execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(process.env.PRINT_PNG_DIR, name)]);
	}
	rmSync(work, { recursive: true, force: true });
	const pageTexts = text.split('\f').filter((p) => p.trim() !== '');
	const orphans = pageTexts.slice(0, -1).flatMap((pageText) => {
		const last = pageText.trimEnd().split('\n').at(-1)!.replace(/\s+/g, ' ').trim();
		return headings.filter((heading) => heading === last || heading.endsWith(` ${last}`));
	});
	return {
		pages: Number(info.match(/^Pages:\s+(\d+)/m)?.[1]),
		text: text.replace(/\s+/g, ' '),
		relative: text.match(relativeUrl)?.[1] ?? null,
		orphans,
	};
}

for (const locale of completeLocales) {
	const path = routePath({ locale, page: 'model' });

	for (const format of formats) {
		test(`${locale}: the model page prints as a fact sheet on two ${format} pages`, async ({
			page,
		}) => {
			await page.goto(path);
			const address = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(address).toMatch(/^https?:\/\//);
			const printed = await print(page, format, `model-${locale}-${format}`);
			expect
				.soft(printed.pages, `${locale} ${format}: ${printed.pages} pages`)
				.toBeLessThanOrEqual(2);
			// The page's own address, whole, so a reader can find the page again.
			expect.soft(printed.text).toContain(address!);
			expect.soft(printed.relative, 'a site-relative link in the print').toBeNull();
			// A heading printed as the last line of a page is cut off from what it heads.
			expect.soft(printed.orphans, 'a heading that ends a page').toEqual([]);
		});
	}

	test(`${locale}: the model page offers to print the fact sheet, without JavaScript`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		const hint = page.getByText(t(locale, 'data.print.factSheet'));
		await expect(hint).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(hint).toBeHidden();
		await context.close();
	});
}

test('the print check finds a heading that ends a page and a site-relative link (it can fail)', async ({
	page,
}) => {
	// No site stylesheet: a heading right before a forced page break is left at the page's end.
	await page.setContent(
		`<p>Text <a href="/en/contact/">contact</a> (/en/contact/)</p><h2>Lonely heading</h2>` +
			`<p style="break-before: page">Next page</p>`,
	);
	const printed = await print(page, 'A4', 'print-check');
	expect(printed.pages).toBe(2);
	expect(printed.orphans).toEqual(['Lonely heading']);
	expect(printed.relative).toBe('/en/contact/');
});
