import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA, as axe-core tags them. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe-core finds against WCAG 2.2 A and AA on the page as it is now, one line per rule broken:
 * the rule and the elements that break it. An empty list is a pass.
 *
 * Axe runs in the page itself (its legacy mode). The default mode opens a second, blank page to merge
 * the results of each frame; the site's pages have no frames, so that page only cost time.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.withTags(wcagTags)
		.setLegacyMode(true)
		.analyze();
	return violations.map(
		(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
	);
}
