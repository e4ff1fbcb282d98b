import { expect, test } from '../helpers/sharedPage.ts';
import { locales, t } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { officeFiles } from '../helpers/content.ts';

/*
 * The Arabic sign-up page on a phone, kept as a picture: right to left, the header, language switch,
 * the note that the network works in Danish and the form, at 390 px. Reviewed by eye when it changes
 * (`npx playwright test tests/e2e/rtl.spec.ts --update-snapshots`, then look at the picture).
 */
test('the Arabic sign-up page at 390 px looks as reviewed', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/ar/sign-up/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// No sideways scrolling: the picture is exactly as wide as the phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
	await expect(page).toHaveScreenshot('ar-sign-up-390.png', {
		fullPage: true,
		maxDiffPixelRatio: 0.01,
	});
});

/*
 * The office map on a phone, in every language: each name sits beside its numbered marker, never on
 * it or on another marker or name. Right to left was where it broke (SVG's text-anchor "start" is the
 * right-hand end there, so the Arabic and Persian names were written back over their markers).
 */
for (const locale of locales) {
	test(`${locale}: the office map's names sit beside their markers at 390 px`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(routePath({ locale, page: 'offices' }));
		const map = page.getByRole('img', { name: t(locale, 'map.title'), exact: true });
		await map.scrollIntoViewIfNeeded();
		// The offices she can choose, numbered on the map in their order.
		const offered = officeFiles(locale)
			.filter((office) => office.offered !== false)
			.sort((a, b) => a.order - b.order);
		await expect(map.locator('.app-office-map__name')).toHaveText(offered.map((o) => o.name));
		const boxes = async (selector: string) => {
			const all = await map.locator(selector).all();
			return Promise.all(all.map(async (element) => (await element.boundingBox())!));
		};
		const labels = await boxes('.app-office-map__name');
		const marks = await boxes('.app-office-map__mark');
		const drawing = (await map.boundingBox())!;
		expect(marks).toHaveLength(offered.length);
		const overlaps = [];
		for (const [i, label] of labels.entries()) {
			const name = offered[i]?.name;
			expect(inside(label, drawing), `${name} lies within the map`).toBe(true);
			for (const [j, mark] of marks.entries()) {
				if (intersect(label, mark)) overlaps.push(`${name} covers marker ${j + 1}`);
			}
			for (const [j, other] of labels.entries()) {
				if (j > i && intersect(label, other)) overlaps.push(`${name} covers ${offered[j]?.name}`);
			}
		}
		expect(overlaps).toEqual([]);
	});
}

type Box = { x: number; y: number; width: number; height: number };

function intersect(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Box, b: Box): boolean {
	return (
		a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
	);
}
