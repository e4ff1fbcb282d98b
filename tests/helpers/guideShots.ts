import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Where the editors' guide (docs/redaktoer/vejledning.md) finds its pictures of the CMS. */
export const guideDir = join(import.meta.dirname, '../../docs/redaktoer');

/**
 * A picture of the CMS as the test sees it, for the editors' guide: taken by the browser tests, so
 * it shows the CMS as it is. At most 1280 × 800 CSS pixels, one device pixel each, to stay small.
 */
export async function guideShot(page: Page, name: string): Promise<void> {
	mkdirSync(guideDir, { recursive: true });
	await page.screenshot({ path: join(guideDir, name), scale: 'css', animations: 'disabled' });
}
