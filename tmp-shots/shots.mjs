import { chromium } from '@playwright/test';
const [,, prefix] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
for (const [lang, path] of [['da', '/'], ['en', '/en/']]) {
	await page.goto('http://127.0.0.1:4441' + path);
	await page.screenshot({ path: `${prefix}-home-${lang}.png` });
	const h = await page.locator('header').first().boundingBox();
	console.log(lang, 'header height', h.height);
	await page.locator('header').first().screenshot({ path: `${prefix}-header-${lang}.png` });
	for (const p of lang === 'da' ? ['/om-netvaerket/', '/spoergsmaal-og-svar/', '/tilmeld/', '/kontakt/'] : ['/en/about/', '/en/questions-and-answers/', '/en/sign-up/', '/en/contact/']) {
		await page.goto('http://127.0.0.1:4441' + p);
		const b = await page.locator('header').first().boundingBox();
		console.log(' ', p, b.height);
	}
}
await browser.close();
