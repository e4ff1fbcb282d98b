import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { collectionSpecs, storyFormSchema } from '../../admin/collections.ts';
import { buildSite } from '../helpers/cms.ts';
import { builtStoryPages, panels, sara, writeStory } from '../helpers/cmsEditor.ts';
import { cmsSession } from '../helpers/cmsSession.ts';
import { guideShot } from '../helpers/guideShots.ts';
import { sitemapPaths } from '../helpers/site.ts';

// One project copy and one decap-server for the file; the tests share them, one after the other.
// Decap is a large single-page app: on a busy machine a whole editing session takes a while.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const cms = cmsSession();

/** The story file the CMS wrote for `key` in `locale`, as frontmatter data and body. */
function storyFile(locale: string, key: string) {
	const text = readFileSync(join(cms.copy.dir, 'content/stories', locale, `${key}.md`), 'utf8');
	const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
	return { data: parse(frontmatter) as Record<string, unknown>, body };
}

test('the admin loads only from our own origin and lists every collection', async ({ page }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) {
			foreign.push(request.url());
		}
	});
	const bundle: Promise<number>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (response.url().includes('/_astro/') && (type === 'script' || type === 'stylesheet')) {
			bundle.push(response.body().then((body) => gzipSync(body).length));
		}
	});
	await cms.openAdmin(page);
	const nav = page.getByRole('complementary');
	await expect(nav.getByRole('heading', { name: 'Samlinger' })).toBeVisible();
	for (const spec of collectionSpecs) {
		await expect(nav.getByRole('link', { name: spec.label, exact: true })).toBeVisible();
	}
	// The editors' guide is one link away.
	await expect(page.getByRole('link', { name: 'Vejledning for redaktører' })).toHaveAttribute(
		'href',
		/docs\/redaktoer\/vejledning\.md$/,
	);
	// The entries are read from content/, in Danish.
	await nav.getByRole('link', { name: 'Historier', exact: true }).click();
	await expect(page.getByText('Amal fik sin første jobsamtale som ingeniør')).toBeVisible();
	// Kept out of search engines, the sitemap and the site search.
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
	expect(sitemapPaths().filter((path) => path.includes('admin'))).toEqual([]);
	expect(foreign).toEqual([]);

	// What opening the CMS costs: every script and stylesheet it loaded, gzipped.
	const kilobytes = (await Promise.all(bundle)).reduce((sum, size) => sum + size, 0) / 1024;
	test
		.info()
		.annotations.push({ type: 'admin bundle', description: `${kilobytes.toFixed(0)} KB gzip` });
	console.log(`The admin loaded ${bundle.length} files, ${kilobytes.toFixed(0)} KB gzip.`);
});

test('an entry with a required field missing is refused, saying which field', async ({ page }) => {
	await cms.openAdmin(page, '#/collections/values/new');
	const [da] = await panels(page);
	await da.getByRole('textbox', { name: 'Navn' }).fill('Ny værdi uden resumé');
	await page.getByRole('button', { name: 'Publicer' }).click();
	await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
	await expect(page.getByText('Resumé er påkrævet.').first()).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('du mangler et påkrævet felt');
	// Nothing typed is lost, and nothing is written.
	await expect(da.getByRole('textbox', { name: 'Navn' })).toHaveValue('Ny værdi uden resumé');
	expect(existsSync(join(cms.copy.dir, 'content/values/da/ny-vaerdi-uden-resume.md'))).toBe(false);
});

test('the greyed English copies of the facts show the Danish values before the first save', async ({
	page,
}) => {
	await cms.openAdmin(page, '#/collections/stories/new');
	const [da, en] = await panels(page);
	await writeStory(page, da, { ...sara.da, title: 'Kopierne følger med' }, true);
	// The facts are typed once, in Danish; the English column shows Decap's copies, greyed.
	await expect(da.getByRole('switch', { name: 'Illustrativ historie' })).toBeChecked();
	await expect(en.getByRole('switch', { name: 'Illustrativ historie' })).toBeChecked();
	await expect(en.getByText('Fyn', { exact: true })).toBeVisible();
	await expect(en.getByRole('textbox', { name: 'Udgivet' })).toHaveValue('2026-11-20');
	await expect(en.getByRole('textbox', { name: 'Dato for samtykke' })).toHaveValue('2026-11-18');
	// Switched back in Danish, the copy follows.
	await da.getByRole('switch', { name: 'Illustrativ historie' }).click();
	await expect(en.getByRole('switch', { name: 'Illustrativ historie' })).not.toBeChecked();
});

/** Saves the open entry the way an editor does (locally Decap publishes directly). */
async function publish(page: Page) {
	await page.getByRole('button', { name: 'Publicer' }).click();
	await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
}

test('an editor creates a story in Danish and English, and the rebuilt site shows it', async ({
	page,
}) => {
	test.setTimeout(180_000);
	await cms.openAdmin(page, '#/collections/stories/new');
	const [da, en] = await panels(page);
	await writeStory(page, da, sara.da, true);
	await writeStory(page, en, sara.en, false);

	// The preview is the story page: its markup, the site's styles, the office by name.
	// Decap's Danish lacks this tooltip; admin/locale.ts supplies it.
	await page.getByRole('button', { name: 'Vis eller skjul forhåndsvisningen' }).click();
	const preview = page.locator('iframe').first().contentFrame();
	await expect(preview.getByRole('heading', { level: 1 })).toHaveText(sara.da.title);
	await expect(preview.getByText('Illustrativ historie', { exact: true })).toBeVisible();
	await expect(preview.locator('.app-story__facts')).toContainText('Fyn');
	await expect(preview.locator('.app-story__facts')).toContainText('20. november 2026');
	await expect(preview.locator('body')).toHaveCSS('font-family', /^system-ui/);

	await publish(page);
	await expect(page.getByText('Dokumentet er gemt')).toBeVisible();

	// Both files, valid for the site's own schema; the office is the office's bare key.
	const key = 'sara-blev-sygeplejerske-i-odense';
	for (const locale of ['da', 'en'] as const) {
		const { data, body } = storyFile(locale, key);
		const story = storyFormSchema.parse(data);
		expect(story).toMatchObject({
			title: sara[locale].title,
			illustrative: true,
			people: ['Sara'],
			office: 'fyn',
		});
		expect(story.date.toISOString().slice(0, 10)).toBe('2026-11-20');
		expect(story.consent.date.toISOString().slice(0, 10)).toBe('2026-11-18');
		expect(body.trim()).toBe(sara[locale].body);
	}

	// The story reaches the site: rebuild the copy and read both pages.
	await buildSite(cms.copy.dir);
	for (const [locale, html] of builtStoryPages(cms.copy.dir, key)) {
		expect(html).toContain(`${sara[locale].title}</h1>`);
		expect(html).toContain(sara[locale].body);
	}
});

test('a picture without alt text cannot be saved, and nothing typed is lost', async ({ page }) => {
	await cms.openAdmin(page, '#/collections/stories/new');
	const [da, en] = await panels(page);
	const text = { ...sara.da, title: 'Historie med billede uden alternativ tekst' };
	await writeStory(page, da, text, true);
	await writeStory(page, en, sara.en, false);
	await da.getByRole('button', { name: 'Vælg et billede' }).click();
	await page.locator('input[type="file"]').setInputFiles({
		name: 'sara.png',
		mimeType: 'image/png',
		buffer: Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
			'base64',
		),
	});
	await page.getByRole('button', { name: 'Anvend valgte' }).click();
	await publish(page);
	// In Danish: the language column, the field by its label, the schema's Danish message.
	await expect(page.getByRole('alert')).toContainText(
		'Dansk (DA) · Billede › Alternativ tekst: Beskriv billedet i den alternative tekst',
	);
	await expect(page.getByRole('alert')).not.toContainText('Error');
	// The field is marked where Decap marks its own errors, in both language columns.
	for (const panel of [da, en]) {
		const alt = panel.getByRole('textbox', { name: 'Alternativ tekst' });
		await expect(alt).toHaveAttribute('aria-invalid', 'true');
		await expect(panel.getByRole('listitem').filter({ hasText: 'Beskriv billedet' })).toBeVisible();
	}
	await expect(da.getByRole('textbox', { name: 'Overskrift' })).not.toHaveAttribute('aria-invalid');
	// For the editors' guide: a refusal, the field marked in both columns.
	await da.getByRole('textbox', { name: 'Alternativ tekst' }).scrollIntoViewIfNeeded();
	await guideShot(page, 'afvist.png');
	await expect(da.getByRole('textbox', { name: 'Overskrift' })).toHaveValue(text.title);
	const key = 'historie-med-billede-uden-alternativ-tekst';
	expect(existsSync(join(cms.copy.dir, 'content/stories/da', `${key}.md`))).toBe(false);

	// With alt text in both languages it saves, and the picture's path leads to the uploaded file.
	await da.getByRole('textbox', { name: 'Alternativ tekst' }).fill('Sara på hospitalet.');
	// Editing a marked field takes its mark off.
	await expect(da.getByRole('textbox', { name: 'Alternativ tekst' })).not.toHaveAttribute(
		'aria-invalid',
	);
	await en.getByRole('textbox', { name: 'Alternativ tekst' }).fill('Sara at the hospital.');
	await publish(page);
	await expect(page.getByText('Dokumentet er gemt')).toBeVisible();
	for (const locale of ['da', 'en']) {
		const { image } = storyFormSchema.parse(storyFile(locale, key).data);
		expect(image?.alt).toMatch(/^Sara (på|at) /);
		expect(existsSync(join(cms.copy.dir, 'content/stories', locale, image!.src))).toBe(true);
	}
});

test('a translation is edited in its own column, with the switch that says a fluent person reviewed it', async ({
	page,
}) => {
	await cms.openAdmin(page, '#/collections/faqs/entries/does-it-cost-anything');
	await expect(page.getByRole('button', { name: 'Skriver på EN' })).toBeVisible({
		timeout: 30_000,
	});
	// The right-hand column shows English; the editor picks Arabic there.
	await page.getByRole('button', { name: 'Skriver på EN' }).click();
	await page.getByRole('menuitem', { name: 'ar', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Skriver på AR' })).toBeVisible();
	// The last review switch on the page is the Arabic column's.
	const reviewed = page
		.getByRole('switch', { name: 'Gennemlæst af en, der taler sproget flydende' })
		.last();
	await reviewed.scrollIntoViewIfNeeded();
	await expect(
		page.getByText('Slå først til, når en, der taler sproget flydende').last(),
	).toBeVisible();
	await guideShot(page, 'oversaettelse.png');
});
