import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { builtPages, builtSiteOrigin, dist } from '../helpers/built.ts';

const site = builtSiteOrigin();

describe('the built HTML', () => {
	it('is valid on every page (html-validate, standard and a11y rules)', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const pages = builtPages();
		assert.ok(pages.length > 40, `only ${pages.length} pages built`);
		const reports = await Promise.all(pages.map((page) => validator.validateFile(page)));
		const failed = reports.filter((report) => !report.valid);
		const text = formatterFactory('text');
		assert.equal(failed.length, 0, failed.map((report) => text(report.results)).join('\n'));
	});

	it('has no broken internal link, image or asset', async () => {
		const checker = new LinkChecker();
		const result = await checker.check({
			path: dist,
			recurse: true,
			// Offline: the web outside this site is not ours to check here, nor the address the site
			// was built for (absolute links: canonical, feeds), which nobody serves while this runs;
			// linkinator serves dist/ on a localhost port of its own and follows every relative link.
			linksToSkip: async (url) =>
				!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) || url.startsWith(`${site}/`),
		});
		const broken = result.links.filter((link) => link.state === 'BROKEN');
		assert.ok(result.links.length > 200, `only ${result.links.length} links were checked`);
		assert.deepEqual(
			broken.map((link) => `${link.status} ${link.url} (on ${link.parent})`),
			[],
		);
	});
});
