import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Where the editors' guide (docs/redaktoer/vejledning.md) finds its pictures of the CMS. */
export const guideDir = join(import.meta.dirname, '../../docs/redaktoer');

/** True in `npm run guide:pictures`, the one run that rewrites the guide's pictures. */
export const takingGuidePictures = !!process.env.GUIDE_PICTURES;

/**
 * A picture of the CMS as the test sees it, for the editors' guide, at the moment the test has
 * checked what it is meant to show: so it shows the CMS as it is. At most 1280 × 800 CSS pixels,
 * one device pixel each, to stay small. Only `npm run guide:pictures` takes them; `npm test`
 * leaves the tracked pictures alone.
 */
export async function guideShot(page: Page, name: string): Promise<void> {
	if (!takingGuidePictures) return;
	mkdirSync(guideDir, { recursive: true });
	await page.screenshot({ path: join(guideDir, name), scale: 'css', animations: 'disabled' });
}
