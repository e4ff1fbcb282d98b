import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { collectionSpecs, storyFormSchema } from '../../admin/collections.ts';
import { buildSite, projectCopy, startDecapServer } from '../helpers/cms.ts';

// One project copy and one decap-server for the file; the tests share them, one after the other.
test.describe.configure({ mode: 'serial' });

let copy: ReturnType<typeof projectCopy>;
let server: Awaited<ReturnType<typeof startDecapServer>>;

test.beforeAll(async () => {
	copy = projectCopy();
	server = await startDecapServer(copy.dir);
});

test.afterAll(() => {
	server?.stop();
	copy?.remove();
});

/**
 * Opens /admin/ signed in to the local backend. The built CMS looks for decap-server on its default
 * port; the requests are answered by this file's server, which works on the project copy.
 */
async function openAdmin(page: Page, hash = '') {
	await page.route(/^http:\/\/(localhost|127\.0\.0\.1):8081\/api\/v1$/, async (route) => {
		const response = await route.fetch({ url: server.url });
		await route.fulfill({
			response,
			headers: { ...response.headers(), 'access-control-allow-origin': '*' },
		});
	});
	// Decap asks "are you sure?" before publishing.
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto('/admin/');
	await page.getByRole('button', { name: 'Log ind' }).click();
	if (hash) await page.goto(`/admin/${hash}`);
}

/** The story file the CMS wrote for `key` in `locale`, as frontmatter data and body. */
function storyFile(locale: string, key: string) {
	const text = readFileSync(join(copy.dir, 'content/stories', locale, `${key}.md`), 'utf8');
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
	await openAdmin(page);
	const nav = page.getByRole('complementary');
	await expect(nav.getByRole('heading', { name: 'Samlinger' })).toBeVisible();
	for (const spec of collectionSpecs) {
		await expect(nav.getByRole('link', { name: spec.label, exact: true })).toBeVisible();
	}
	// The entries are read from content/, in Danish.
	await nav.getByRole('link', { name: 'Historier', exact: true }).click();
	await expect(page.getByText('Amal fik sin første jobsamtale som ingeniør')).toBeVisible();
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	expect(foreign).toEqual([]);
});

test('an entry with a required field missing is refused, saying which field', async ({ page }) => {
	await openAdmin(page, '#/collections/values/new');
	const [da] = await panels(page);
	await da.getByRole('textbox', { name: 'Navn' }).fill('Ny værdi uden resumé');
	await page.getByRole('button', { name: 'Publicer' }).click();
	await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
	await expect(page.getByText('Resumé er påkrævet.').first()).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('du mangler et påkrævet felt');
	// Nothing typed is lost, and nothing is written.
	await expect(da.getByRole('textbox', { name: 'Navn' })).toHaveValue('Ny værdi uden resumé');
	expect(existsSync(join(copy.dir, 'content/values/da/ny-vaerdi-uden-resume.md'))).toBe(false);
});

test('an editor creates a story in Danish and English, and the rebuilt site shows it', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await openAdmin(page, '#/collections/stories/new');
	const [da, en] = await panels(page);

	// Danish first: the language-neutral facts (illustrative, office, dates) are copied to English.
	await da.getByRole('textbox', { name: 'Overskrift' }).fill('Sara blev sygeplejerske i Odense');
	await da.getByRole('switch', { name: 'Illustrativ historie' }).click();
	await da.getByRole('button', { name: 'Tilføj fornavne eller pseudonymer' }).click();
	await da.getByRole('textbox', { name: 'Punkt' }).fill('Sara');
	await da.getByRole('textbox', { name: 'Menteens fag' }).fill('Sygeplejerske');
	await da.getByRole('combobox', { name: 'Kontor' }).fill('Fyn');
	await page.getByRole('option', { name: 'Fyn' }).click();
	await da.getByRole('textbox', { name: 'Udgivet' }).fill('2026-11-20');
	await da
		.getByRole('textbox', { name: 'Resumé' })
		.fill('Sara fik hjælp af sin mentor til at få sin uddannelse godkendt.');
	await da.getByRole('textbox', { name: 'Dato for samtykke' }).fill('2026-11-18');
	await da.getByRole('textbox').last().click();
	await page.keyboard.type('Sara mødte sin mentor på biblioteket i Odense.');

	await en.getByRole('textbox', { name: 'Overskrift' }).fill('Sara became a nurse in Odense');
	await en.getByRole('button', { name: 'Tilføj fornavne eller pseudonymer' }).click();
	await en.getByRole('textbox', { name: 'Punkt' }).fill('Sara');
	await en.getByRole('textbox', { name: 'Menteens fag' }).fill('Nurse');
	await en
		.getByRole('textbox', { name: 'Resumé' })
		.fill('Sara got help from her mentor to have her degree recognised.');
	await en.getByRole('textbox').last().click();
	await page.keyboard.type('Sara met her mentor at the library in Odense.');
	await page.screenshot({ path: '/tmp/cms-story.png', fullPage: true });

	await page.getByRole('button', { name: 'Publicer' }).click();
	await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
	await expect(page.getByText('Dokumentet er gemt')).toBeVisible();

	const key = 'sara-blev-sygeplejerske-i-odense';
	for (const [locale, title] of [
		['da', 'Sara blev sygeplejerske i Odense'],
		['en', 'Sara became a nurse in Odense'],
	]) {
		const { data, body } = storyFile(locale!, key);
		const story = storyFormSchema.parse(data);
		expect(story).toMatchObject({ title, illustrative: true, people: ['Sara'], office: 'fyn' });
		expect(story.date.toISOString().slice(0, 10)).toBe('2026-11-20');
		expect(story.consent.date.toISOString().slice(0, 10)).toBe('2026-11-18');
		expect(body).toContain('Sara m');
	}

	// The story reaches the site: rebuild the copy and read both pages.
	await buildSite(copy.dir);
	for (const [path, title] of [
		[`historier/${key}`, 'Sara blev sygeplejerske i Odense'],
		[`en/stories/${key}`, 'Sara became a nurse in Odense'],
	]) {
		const html = readFileSync(join(copy.dir, 'dist', path!, 'index.html'), 'utf8');
		expect(html).toContain(`<h1 class="app-page-header__title"`);
		expect(html).toContain(title);
	}
});

/** The Danish and English halves of the side-by-side editor. */
async function panels(page: Page): Promise<[Locator, Locator]> {
	await expect(page.getByRole('button', { name: 'Skriver på EN' })).toBeVisible();
	const panel = (locale: string) =>
		page
			.locator('div')
			.filter({ has: page.getByRole('button', { name: `Skriver på ${locale}` }) })
			.filter({
				has: page
					.getByRole('textbox', { name: 'Overskrift' })
					.or(page.getByRole('textbox', { name: 'Navn' })),
			})
			.last();
	return [panel('DA'), panel('EN')];
}
