import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { locales, t } from '../../src/i18n/locales.ts';
import { pageExistsIn } from '../../src/routing/pages.ts';
import { routePath } from '../../src/routing/routes.ts';
import { dist, pageText } from '../helpers/built.ts';

/**
 * What each language's form pages say, read from the built files: the browser tests run a form's
 * behaviour in one left-to-right and one right-to-left language, since the script is the same in
 * every language; what differs per language is the text, checked here for all of them.
 */
const formPages = locales.flatMap((locale) =>
	(['signup', 'contact'] as const)
		.filter((page) => pageExistsIn(page, locale))
		.map((page) => ({ locale, path: routePath({ locale, page }) })),
);

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('every form page, in every language', () => {
	it('is built for the sign-up and the contact page of each language', () => {
		assert.ok(formPages.length >= locales.length * 2, `only ${formPages.length} form pages`);
	});

	it('says on each of its forms, in its language, that she may write in any language', () => {
		const missing = formPages.flatMap(({ locale, path }) => {
			const forms = html(path).split('data-signup-form').length - 1;
			const said = pageText(join(dist, path, 'index.html')).split(t(locale, 'form.anyLanguage'));
			return forms > 0 && said.length - 1 === forms
				? []
				: [`${path}: ${forms} forms, ${said.length - 1} say it`];
		});
		assert.deepEqual(missing, []);
	});

	it('never asks her to write in Danish or English', () => {
		const asking = formPages.filter(({ path }) =>
			/Danish or English|dansk eller engelsk/i.test(pageText(join(dist, path, 'index.html'))),
		);
		assert.deepEqual(
			asking.map(({ path }) => path),
			[],
		);
	});

	it('gives each form its failure messages in the page’s language', () => {
		const problems = formPages.flatMap(({ locale, path }) => {
			const page = html(path);
			const scope = path === routePath({ locale, page: 'signup' }) ? 'signup' : 'contact';
			const message = t(locale, `${scope}.failed.unreachable`);
			return page.includes(`data-problem-unreachable="${message}"`) ? [] : [`${path}: ${message}`];
		});
		assert.deepEqual(problems, []);
	});
});
