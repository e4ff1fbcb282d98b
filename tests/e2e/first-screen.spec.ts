import { type Locator, type Page } from '@playwright/test';
import { expect, test } from '../helpers/sharedPage.ts';
import { dir, locales, t, type Locale } from '../../src/i18n/locales.ts';
import { pageExistsIn, pagesWhere } from '../../src/routing/pages.ts';
import { routePath } from '../../src/routing/routes.ts';
import { phone } from '../helpers/site.ts';

/**
 * A new visitor on a phone (390 × 844): what the home page's first screen says without scrolling,
 * and the menu without JavaScript. The header's share of the screen is measured on every page where
 * each page is loaded (tests/e2e/pages.spec.ts).
 */

/** The languages Danish and English always; any partial language its pages exist in. */
const languages = locales;

/** True when the whole of `locator` lies inside the first screen, with no scrolling. */
async function onFirstScreen(page: Page, locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	const scrolled = await page.evaluate(() => window.scrollY);
	return (
		box !== null &&
		scrolled === 0 &&
		box.y >= 0 &&
		box.x >= 0 &&
		box.y + box.height <= phone.height &&
		box.x + box.width <= phone.width
	);
}

test.describe('on a 390 × 844 phone', () => {
	test.use({ viewport: phone, hasTouch: true, isMobile: true });

	for (const locale of languages) {
		test(`every other language is named in its own language on the first screen, without a click (${locale})`, async ({
			page,
		}) => {
			for (const shown of ['home', 'signup'] as const) {
				await page.goto(routePath({ locale, page: shown }));
				const banner = page.getByRole('banner');
				for (const other of locales.filter((language) => language !== locale)) {
					const link = banner.getByRole('link', { name: t(other, 'locale.name'), exact: true });
					await expect(link, `${shown}: ${other}`).toBeVisible();
					expect(await onFirstScreen(page, link), `${shown}: ${other} on the first screen`).toBe(
						true,
					);
					await expect(link).toHaveAttribute('lang', other);
					await expect(link).toHaveAttribute('dir', dir(other));
				}
			}
		});

		// The wording is checked in Danish and English; a partial language gets its own when it lands.
		if (locale !== 'da' && locale !== 'en') continue;
		test(`the home page's first screen says what, for whom, voluntary, the time and its source, and offers both sign-ups (${locale})`, async ({
			page,
		}) => {
			await page.goto(routePath({ locale, page: 'home' }));
			const main = page.getByRole('main');
			const da = locale === 'da';
			const required: [string, Locator][] = [
				['what', main.getByRole('heading', { level: 1 })],
				[
					'what',
					main.getByText(da ? /Et mentornetværk for kvinder/ : /A mentoring network for women/),
				],
				['who for', main.getByText(da ? 'For hvem:' : 'Who for:')],
				[
					'who for',
					main
						.getByText(
							da ? /flygtninge- eller indvandrerbaggrund/ : /refugee or immigrant background/,
						)
						.first(),
				],
				['voluntary', main.getByText(da ? 'Frivilligt:' : 'Voluntary:')],
				[
					'time',
					main.getByText(
						da ? /2 timer om måneden i 4 til 12 måneder/ : /2 hours a month for 4 to 12 months/,
					),
				],
				['source', main.locator('a[href="https://densocialevejviser.dk/Aktivitet/478"]')],
				['sign up as mentee', main.getByRole('link', { name: t(locale, 'cta.signupMentee') })],
				['sign up as mentor', main.getByRole('link', { name: t(locale, 'cta.signupMentor') })],
			];
			for (const [what, locator] of required) {
				await expect(locator, what).toBeVisible();
				expect(await onFirstScreen(page, locator), `${what} on the first screen`).toBe(true);
			}
			const signup = routePath({ locale, page: 'signup' });
			await expect(main.getByRole('link', { name: t(locale, 'cta.signupMentee') })).toHaveAttribute(
				'href',
				`${signup}#mentee`,
			);
			await expect(main.getByRole('link', { name: t(locale, 'cta.signupMentor') })).toHaveAttribute(
				'href',
				`${signup}#mentor`,
			);
			await page.screenshot({ path: test.info().outputPath(`home-${locale}-390.png`) });
		});
	}

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		for (const locale of languages) {
			test(`the menu opens and every section, the contact page too, is reached from it (${locale})`, async ({
				page,
			}) => {
				const sections = pagesWhere(locale, (definition) => definition.nav === 'link');
				await page.goto(routePath({ locale, page: 'home' }));
				const nav = page.getByRole('navigation', { name: t(locale, 'nav.label') });
				const link = (target: (typeof sections)[number]) =>
					nav.getByRole('link', { name: t(locale, `nav.${target}`), exact: true });
				for (const target of sections) await expect(link(target)).toBeHidden();
				await nav.getByText(t(locale, 'nav.menu'), { exact: true }).click();
				expect(await onFirstScreen(page, nav.getByRole('link').first())).toBe(true);
				for (const target of sections) {
					await expect(link(target)).toHaveAttribute('href', routePath({ locale, page: target }));
					// A tap would reach it: shown, still, and not covered by anything else.
					await link(target).click({ trial: true });
				}
				// A person to reach is one of the sections in every language; the tap leads there.
				expect(sections).toContain('contact');
				await link('contact').click();
				await expect(page).toHaveURL(routePath({ locale, page: 'contact' }));
				// The call to action is outside the menu: one tap, menu closed.
				await page.goto(routePath({ locale, page: 'home' }));
				await page
					.getByRole('navigation', { name: t(locale, 'nav.label') })
					.getByRole('link', { name: t(locale, 'nav.signup') })
					.click();
				await expect(page).toHaveURL(routePath({ locale, page: 'signup' }));
			});

			test(`Esc or a tap outside closes the open menu, Esc giving focus back to its button (${locale})`, async ({
				page,
			}) => {
				const sections = pagesWhere(locale, (definition) => definition.nav === 'link');
				await page.goto(routePath({ locale, page: 'home' }));
				const nav = page.getByRole('navigation', { name: t(locale, 'nav.label') });
				const button = nav.getByRole('button', { name: t(locale, 'nav.menu'), exact: true });
				const first = nav.getByRole('link', { name: t(locale, `nav.${sections[0]!}`) });
				await button.focus();
				await page.keyboard.press('Enter');
				await expect(first).toBeVisible();
				await page.keyboard.press('Tab');
				await expect(first).toBeFocused();
				await page.keyboard.press('Escape');
				await expect(first).toBeHidden();
				await expect(button).toBeFocused();
				await button.click();
				await expect(first).toBeVisible();
				// The bottom of the screen, below the open menu.
				await page.mouse.click(phone.width / 2, phone.height - 4);
				await expect(first).toBeHidden();
			});
		}
	});
});

test('on a wide screen the sections are shown without opening anything', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/en/');
	const nav = page.getByRole('navigation', { name: t('en', 'nav.label') });
	await expect(nav.getByText(t('en', 'nav.menu'), { exact: true })).toBeHidden();
	for (const target of pagesWhere('en', (definition) => definition.nav === 'link')) {
		await expect(
			nav.getByRole('link', { name: t('en', `nav.${target}`), exact: true }),
		).toBeVisible();
	}
	await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
	const header = await page.locator('header.app-header').boundingBox();
	console.log(`header height at 1280 × 800: ${header!.height} px`);
});

test.describe('charts on a 390 px phone', () => {
	test.use({ viewport: phone });

	for (const locale of languages.filter((language) => pageExistsIn('model', language))) {
		test(`every chart and map label is drawn at 14 px or more (${locale})`, async ({ page }) => {
			await page.goto(routePath({ locale, page: 'model' }));
			const sizes = await page.locator('main svg text').evaluateAll((texts) =>
				texts.map((text) => {
					const svg = (text as SVGTextElement).ownerSVGElement!;
					const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
					const size = parseFloat(getComputedStyle(text).fontSize) * scale;
					return { text: text.textContent, size: Math.round(size * 10) / 10 };
				}),
			);
			expect(sizes.length).toBeGreaterThan(10);
			console.log(
				`chart text on the model page (${locale}): ${Math.min(...sizes.map((s) => s.size))}–${Math.max(...sizes.map((s) => s.size))} px`,
			);
			expect(sizes.filter((s) => s.size < 14)).toEqual([]);
		});
	}
});
