import { type Locator, type Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import sharp from 'sharp';
import { routePath } from '../../src/routing/routes.ts';

/**
 * The focus indicator of each kind of control, measured as a person would see it: the control is
 * photographed unfocused and focused, and the pixels that changed are compared with what was there
 * before. WCAG 2.2 (1.4.11, and 2.4.13's measure of size): the changed pixels that differ by at least
 * 3:1 must cover at least a 2 CSS px thick line around the control.
 */

/** Relative luminance of an sRGB colour (WCAG 2.2 definition). */
function luminance(r: number, g: number, b: number): number {
	const channel = (value: number) => {
		const c = value / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
	const [high, low] = [luminance(...a), luminance(...b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

async function pixels(png: Buffer) {
	const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height };
}

/** The area (CSS px², at device scale 1) of changed pixels with at least 3:1 against their unfocused colour. */
async function contrastingFocusArea(page: Page, control: Locator) {
	const box = (await control.boundingBox())!;
	const margin = 12;
	const clip = {
		x: Math.max(0, box.x - margin),
		y: Math.max(0, box.y - margin),
		width: box.width + 2 * margin,
		height: box.height + 2 * margin,
	};
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	const before = await pixels(await page.screenshot({ clip }));
	await control.focus();
	expect(await control.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
	const after = await pixels(await page.screenshot({ clip }));
	let area = 0;
	for (let i = 0; i < before.data.length; i += 3) {
		const was: [number, number, number] = [
			before.data[i]!,
			before.data[i + 1]!,
			before.data[i + 2]!,
		];
		const now: [number, number, number] = [after.data[i]!, after.data[i + 1]!, after.data[i + 2]!];
		if (contrast(was, now) >= 3) area += 1;
	}
	return { area, perimeter: 2 * (box.width + box.height) };
}

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });

for (const locale of ['da', 'ar'] as const) {
	test(`every kind of control shows a focus indicator of at least 3:1, 2 px around it (${locale})`, async ({
		page,
	}) => {
		await page.goto(`${routePath({ locale, page: 'signup' })}#mentee`);
		const form = page.locator('#mentee form');
		const controls: [string, Locator][] = [
			['text input', form.locator('input[name="name"]')],
			['radio button', form.locator('input[name="office"]').first()],
			['checkbox', form.locator('input[name="consent"]')],
			['link', page.getByRole('link').filter({ visible: true }).first()],
			['button', form.getByRole('button').last()],
		];
		for (const [kind, control] of controls) {
			await control.scrollIntoViewIfNeeded();
			const { area, perimeter } = await contrastingFocusArea(page, control);
			expect(
				area,
				`${kind}: ${area} px² of the focus indicator reach 3:1; a 2 px line around it is ${perimeter * 2} px²`,
			).toBeGreaterThanOrEqual(2 * perimeter);
		}
	});
}
