import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { routePath } from '../../src/routing/routes.ts';

/**
 * Opens /admin/ signed in to the local backend. The built CMS looks for decap-server on its default
 * port; the requests are answered by `serverUrl`, a decap-server over a project copy. Content-Security-
 * Policy violations the admin reports are pushed to `cspViolations`.
 */
export async function openAdmin(
	page: Page,
	{
		serverUrl,
		cspViolations,
		hash = '',
	}: { serverUrl: string; cspViolations: string[]; hash?: string },
) {
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	await page.route(/^http:\/\/(localhost|127\.0\.0\.1):8081\/api\/v1$/, async (route) => {
		const response = await route.fetch({ url: serverUrl });
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

/** What an editor writes in one language's column of a new story. */
export interface StoryText {
	title: string;
	person: string;
	profession: string;
	summary: string;
	body: string;
}

export const sara: Record<'da' | 'en', StoryText> = {
	da: {
		title: 'Sara blev sygeplejerske i Odense',
		person: 'Sara',
		profession: 'Sygeplejerske',
		summary: 'Sara fik hjælp af sin mentor til at få sin uddannelse godkendt.',
		body: 'Sara mødte sin mentor på biblioteket i Odense.',
	},
	en: {
		title: 'Sara became a nurse in Odense',
		person: 'Sara',
		profession: 'Nurse',
		summary: 'Sara got help from her mentor to have her degree recognised.',
		body: 'Sara met her mentor at the library in Odense.',
	},
};

/** Fills in one language's column; in Danish also the facts the CMS copies to English. */
export async function writeStory(page: Page, panel: Locator, text: StoryText, facts: boolean) {
	await panel.getByRole('textbox', { name: 'Overskrift' }).fill(text.title);
	await panel.getByRole('button', { name: 'Tilføj fornavne eller pseudonymer' }).click();
	await panel.getByRole('textbox', { name: 'Punkt' }).fill(text.person);
	await panel.getByRole('textbox', { name: 'Menteens fag' }).fill(text.profession);
	await panel.getByRole('textbox', { name: 'Resumé' }).fill(text.summary);
	if (facts) {
		await panel.getByRole('switch', { name: 'Illustrativ historie' }).click();
		await panel.getByRole('combobox', { name: 'Kontor' }).fill('Fyn');
		await page.getByRole('option', { name: 'Fyn' }).click();
		await panel.getByRole('textbox', { name: 'Udgivet' }).fill('2026-11-20');
		await panel.getByRole('textbox', { name: 'Dato for samtykke' }).fill('2026-11-18');
	}
	// The Markdown editor is the column's last text box.
	await panel.getByRole('textbox').last().click();
	await page.keyboard.type(text.body);
}

/** The Danish and English halves of the side-by-side editor. */
export async function panels(page: Page): Promise<[Locator, Locator]> {
	// Opening an entry reads a file per language from the backend: on a busy machine, a while.
	await expect(page.getByRole('button', { name: 'Skriver på EN' })).toBeVisible({
		timeout: 30_000,
	});
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

/** The built story page of `key` in Danish and in English, as HTML, from the copy at `dir`. */
export function builtStoryPages(dir: string, key: string): ['da' | 'en', string][] {
	return (['da', 'en'] as const).map((locale) => [
		locale,
		readFileSync(
			join(dir, 'dist', routePath({ locale, page: 'stories', entry: key }), 'index.html'),
			'utf8',
		),
	]);
}
