import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dictionaries, locales } from '../../src/i18n/locales.ts';
import { alternatePaths, pageKeys, parseRoutePath, routePath } from '../../src/routing/routes.ts';
import { pageExistsIn } from '../../src/routing/pages.ts';
import { missingTranslations } from '../../src/entries/missingTranslations.ts';

describe('routes', () => {
	it('serves the default language at the root and others under their tag', () => {
		assert.equal(routePath({ locale: 'da', page: 'home' }), '/');
		assert.equal(routePath({ locale: 'en', page: 'home' }), '/en/');
		assert.equal(routePath({ locale: 'da', page: 'about' }), '/om-netvaerket/');
		assert.equal(
			routePath({ locale: 'en', page: 'stories', entry: 'amal-hanne' }),
			'/en/stories/amal-hanne/',
		);
	});

	it('reads every path it writes back into the same route', () => {
		for (const locale of locales) {
			for (const page of pageKeys.filter((key) => pageExistsIn(key, locale))) {
				const route = { locale, page };
				assert.deepEqual(parseRoutePath(routePath(route)), route);
			}
			const entry = { locale, page: 'offices' as const, entry: 'fyn' };
			assert.deepEqual(parseRoutePath(routePath(entry)), entry);
		}
	});

	it('gives every page a distinct URL in each language', () => {
		const paths = locales.flatMap((locale) =>
			pageKeys
				.filter((page) => pageExistsIn(page, locale))
				.map((page) => routePath({ locale, page })),
		);
		assert.equal(new Set(paths).size, paths.length);
	});

	it('links each page to itself in the other languages it exists in', () => {
		assert.deepEqual(alternatePaths({ locale: 'da', page: 'faq' }), {
			da: '/spoergsmaal-og-svar/',
			en: '/en/questions-and-answers/',
			ar: '/ar/questions-and-answers/',
			fa: '/fa/questions-and-answers/',
			uk: '/uk/questions-and-answers/',
			so: '/so/questions-and-answers/',
		});
		// The mentors' page is not translated: the switch and hreflang offer Danish and English only.
		assert.deepEqual(alternatePaths({ locale: 'ar', page: 'mentors' }), {
			da: '/for-mentorer/',
			en: '/en/for-mentors/',
		});
		assert.equal(parseRoutePath('/ar/for-mentors/'), undefined);
	});

	it('fails loudly when a partial language is asked for a string of a page it lacks', () => {
		assert.throws(
			() => routePath({ locale: 'ar', page: 'stories' }),
			/src\/i18n\/strings\/ar\.ts has no "route\.stories"/,
		);
	});

	it('knows no route for paths outside the site map', () => {
		assert.equal(parseRoutePath('/404.html'), undefined);
		assert.equal(parseRoutePath('/en/stories/a/b/'), undefined);
	});
});

describe('translations', () => {
	it('has no empty UI string in any language', () => {
		for (const [locale, strings] of Object.entries(dictionaries)) {
			for (const [key, value] of Object.entries(strings)) {
				if (key === 'route.home') continue;
				assert.notEqual(value.trim(), '', `${locale}: ${key} is empty`);
			}
		}
	});

	it('names each entry missing in a language', () => {
		assert.deepEqual(missingTranslations(['da/a', 'en/a', 'da/b'], ['da', 'en']), ['en/b']);
		assert.deepEqual(missingTranslations(['da/a', 'en/a'], ['da', 'en']), []);
	});
});
