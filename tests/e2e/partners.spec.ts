import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { completeLocales as locales, t, type Locale } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { feedPath } from '../../src/routing/feedPath.ts';
import { figuresDataPath } from '../../src/figures/figuresDataPath.ts';
import { figuresCsvColumns } from '../../src/figures/figuresCsv.ts';
import { figuresLicence } from '../../src/figures/figuresLicence.ts';
import { entryKeys, figureFile, figureFiles, isoDate, officeFiles } from '../helpers/content.ts';

/** The digits of a formatted number: "Over 7.000" → 7000. */
const digits = (text: string) => Number(text.replace(/\D/g, ''));

/** The rows of the table captioned `caption`, each as its cells' text. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
	const table = page.getByRole('table', { name: caption });
	const rows = table.locator('tbody tr');
	return rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim())),
	);
}

/** Every JSON-LD object on the page, parsed. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
	const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
	return texts.map((text) => JSON.parse(text));
}

for (const locale of locales) {
	const model = routePath({ locale, page: 'model' });

	test.describe(`${locale}: the model page`, () => {
		test('draws participants by role as an SVG whose table matches the figures', async ({
			page,
		}) => {
			await page.goto(model);
			const title = t(locale, 'charts.roles.title');
			await expect(page.getByRole('img', { name: title, exact: true })).toBeVisible();
			const rows = await tableRows(page, title);
			const expected = ['mentors', 'mentees'].map((key) => figureFile(locale, key));
			expect(rows.map(([label]) => label)).toEqual(expected.map((f) => f.label));
			expect(rows.map(([, value]) => digits(value!))).toEqual(expected.map((f) => f.value));
		});

		test('draws the top ten countries as a ranking whose table gives rank and country only', async ({
			page,
		}) => {
			await page.goto(model);
			const figure = figureFile(locale, 'top-countries');
			await expect(page.getByRole('img', { name: figure.label, exact: true })).toBeVisible();
			const rows = await tableRows(page, figure.label);
			expect(rows).toEqual(figure.items!.map((country, i) => [String(i + 1), country]));
		});

		test('shows the offices on a map of Denmark, each linked', async ({ page }) => {
			await page.goto(model);
			const map = page.getByRole('img', { name: t(locale, 'map.title'), exact: true });
			await expect(map).toBeVisible();
			// Only the offices offered today are drawn: one kept for the history would read as running now.
			const offices = officeFiles(locale).filter((office) => office.offered !== false);
			const placed = offices.filter((office) => office.coordinates);
			await expect(map.locator('.app-office-map__mark')).toHaveCount(placed.length);
			for (const office of offices) {
				await expect(
					page.getByRole('link', { name: office.name, exact: true }).first(),
				).toHaveAttribute('href', routePath({ locale, page: 'offices', entry: office.key }));
			}
			await expect(page.getByText(t(locale, 'map.area')).first()).toBeVisible();
		});

		test('lists the open data, which answers', async ({ page, request }) => {
			await page.goto(model);
			for (const l of locales) {
				for (const format of ['json', 'csv'] as const) {
					const link = page.locator(`a[href="${figuresDataPath(l, format)}"]`);
					await expect(link).toContainText(t(locale, `data.${format}`));
					expect((await request.get(figuresDataPath(l, format))).status()).toBe(200);
				}
			}
		});

		test('prints without navigation or charts, showing where outside links lead', async ({
			page,
		}) => {
			await page.goto(model);
			const nav = page.getByRole('navigation', { name: t(locale, 'nav.label') });
			const chart = page.getByRole('img', { name: t(locale, 'charts.roles.title'), exact: true });
			await expect(nav).toBeVisible();
			await expect(chart).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			await expect(nav).toBeHidden();
			await expect(
				page.getByRole('navigation', { name: t(locale, 'header.language') }),
			).toBeHidden();
			await expect(page.getByRole('search')).toBeHidden();
			// The fact sheet is text, figures and sources (print.spec.ts); the charts stay on screen.
			await expect(chart).toBeHidden();
			const after = await page
				.locator('main a[href^="https://kvinfo.dk"]')
				.first()
				.evaluate((a) => getComputedStyle(a, '::after').content);
			expect(after).toContain('https://kvinfo.dk');
		});
	});

	test(`${locale}: the figures as JSON match the collection, with the licence`, async ({
		request,
	}) => {
		const data = await (await request.get(figuresDataPath(locale, 'json'))).json();
		expect(data.language).toBe(locale);
		expect(data.licence).toEqual(figuresLicence);
		expect(data.figures).toEqual(
			figureFiles(locale).map((f) => ({
				key: f.key,
				label: f.label,
				of: f.of,
				asOf: isoDate(f.asOf),
				source: f.source.name,
				...(f.source.url ? { sourceUrl: f.source.url } : { sourceNoUrl: f.source.noUrl }),
				...(f.items
					? { unit: 'ranking', items: f.items }
					: {
							unit: f.unit ?? 'count',
							value: f.value,
							qualifier: f.qualifier ?? 'exactly',
							display: expect.stringContaining(String(f.value).slice(-1)),
						}),
			})),
		);
	});

	test(`${locale}: the figures as CSV match the collection, in the language's dialect`, async ({
		request,
	}) => {
		const response = await request.get(figuresDataPath(locale, 'csv'));
		const text = await response.text();
		// UTF-8 with a byte-order mark, so a Danish spreadsheet reads æ, ø and å (csv-spreadsheet.test.ts).
		expect(text.charCodeAt(0)).toBe(0xfeff);
		// Danish spreadsheets split on semicolons (figuresCsv.ts); everyone else's on commas.
		const sep = locale === 'da' ? ';' : ',';
		const lines = text.slice(1).trimEnd().split('\r\n');
		// A cell is either quoted (quotes doubled inside) or runs to the next separator.
		const pattern = new RegExp(`(?:^|${sep})("(?:[^"]|"")*"|[^${sep}]*)`, 'g');
		const cells = (line: string) =>
			[...line.matchAll(pattern)].map((m) =>
				m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!,
			);
		const [header, ...rows] = lines.map(cells);
		expect(header).toEqual([...figuresCsvColumns]);
		const expected = figureFiles(locale).flatMap((f) => {
			const tail = [
				f.of,
				isoDate(f.asOf),
				f.source.name,
				f.source.url ?? f.source.noUrl!,
				`${figuresLicence.name} ${figuresLicence.url}`,
			];
			return f.items
				? f.items.map((item, i) => [
						`${f.key}-${i + 1}`,
						`${f.label}: ${item}`,
						String(i + 1),
						'exactly',
						'rank',
						String(i + 1),
						...tail,
					])
				: [
						[
							f.key,
							f.label,
							String(f.value),
							f.qualifier ?? 'exactly',
							f.unit ?? 'count',
							expect.any(String),
							...tail,
						],
					];
		});
		expect(rows).toEqual(expected);
	});

	test(`${locale}: the stories feed is valid RSS with one item per story`, async ({
		page,
		request,
	}) => {
		const xml = await (await request.get(feedPath(locale))).text();
		// Chromium's XML parser is strict: a feed that is not well-formed yields a <parsererror>.
		const feed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.nodeName,
				language: doc.querySelector('rss > channel > language')?.textContent,
				items: doc.querySelectorAll('rss > channel > item').length,
			};
		}, xml);
		expect(feed).toEqual({
			error: null,
			root: 'rss',
			language: locale,
			items: entryKeys('stories', locale).length,
		});

		await page.goto(routePath({ locale, page: 'stories' }));
		await expect(page.getByRole('link', { name: t(locale, 'feed.link') })).toHaveAttribute(
			'href',
			feedPath(locale),
		);
		await expect(page.locator('head link[type="application/rss+xml"]')).toHaveAttribute(
			'href',
			new RegExp(`${feedPath(locale)}$`),
		);
	});

	test(`${locale}: each page kind carries its structured data`, async ({ page }) => {
		const types = async (path: string) => {
			await page.goto(path);
			return (await jsonLd(page)).map((ld) => ld['@type']);
		};
		expect(await types(routePath({ locale, page: 'home' }))).toEqual(['Organization']);
		expect(await types(model)).toEqual(['Organization']);

		await page.goto(routePath({ locale, page: 'faq' }));
		const [, faq] = await jsonLd(page);
		expect(faq?.['@type']).toBe('FAQPage');
		expect(faq?.mainEntity).toHaveLength(entryKeys('faqs', locale).length);

		const [story] = entryKeys('stories', locale);
		expect(await types(routePath({ locale, page: 'stories', entry: story }))).toEqual([
			'Organization',
			'Article',
		]);
		// The home page describes the organisation; the others name it by the id an Article's
		// author points at, on the same page.
		const [organisation, article] = await jsonLd(page);
		expect(organisation?.['@id']).toBe((article?.author as { '@id'?: string })?.['@id']);
		expect(organisation?.name).toBeTruthy();
		expect(organisation).not.toHaveProperty('description');
		await page.goto(routePath({ locale, page: 'home' }));
		const [home] = await jsonLd(page);
		expect(home?.['@id']).toBe(organisation?.['@id']);
		expect(home?.description).toBeTruthy();
		const [office] = officeFiles(locale);
		expect(await types(routePath({ locale, page: 'offices', entry: office!.key }))).toEqual([
			'Organization',
			'Place',
		]);
	});

	test(`${locale}: an office page links to its area on OpenStreetMap`, async ({ page }) => {
		const office = officeFiles(locale).find((o) => o.coordinates?.precision === 'area')!;
		await page.goto(routePath({ locale, page: 'offices', entry: office.key }));
		await expect(page.getByText(t(locale, 'offices.locationArea'))).toBeVisible();
		await expect(page.getByRole('link', { name: t(locale, 'offices.osmArea') })).toHaveAttribute(
			'href',
			`https://www.openstreetmap.org/#map=10/${office.coordinates!.lat}/${office.coordinates!.lng}`,
		);
	});
}

test('the offices page shows the map too', async ({ page }) => {
	await page.goto(routePath({ locale: 'en' satisfies Locale, page: 'offices' }));
	await expect(page.getByRole('img', { name: t('en', 'map.title'), exact: true })).toBeVisible();
});
