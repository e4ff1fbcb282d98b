import { expect, test } from '@playwright/test';

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
