import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildSite } from '../helpers/cms.ts';
import { builtStoryPages, panels, sara, writeStory } from '../helpers/cmsEditor.ts';
import { cmsSession } from '../helpers/cmsSession.ts';
import { guideShot } from '../helpers/guideShots.ts';

// The editorial workflow as it runs for editors: decap-server in git mode on a git repository made from
// a copy of the project. Drafts live on `cms/<collection>/<slug>` branches; publishing merges into main.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const cms = cmsSession({
	mode: 'git',
	prepare: (dir) => {
		git('init', '--quiet', '--initial-branch=main');
		// The copy's node_modules is a symlink, which the project's `node_modules/` pattern does not match.
		writeFileSync(join(dir, '.git/info/exclude'), 'node_modules\n');
		git('config', 'user.name', 'Decap test');
		git('config', 'user.email', 'decap-test@example.org');
		git('add', '--all');
		git('commit', '--quiet', '-m', 'The project as it is');
	},
});

/** Runs git in the repository and returns what it printed. */
function git(...args: string[]): string {
	return execFileSync('git', args, {
		cwd: cms.copy.dir,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Test',
			GIT_AUTHOR_EMAIL: 'test@example.org',
			GIT_COMMITTER_NAME: 'Test',
			GIT_COMMITTER_EMAIL: 'test@example.org',
		},
	}).trim();
}

/** Whether `file` exists on `branch`. */
function onBranch(branch: string, file: string): boolean {
	return git('ls-tree', '-r', '--name-only', branch, '--', file) === file;
}

/** The local branches whose name starts with `cms/`. */
function draftBranches(): string[] {
	return git('branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);
}

/** The workflow status decap-server keeps for a draft branch (`pending_review`…). */
function status(branch: string): string {
	return git('config', `branch.${branch}.description`).replace(/^decap-cms\//, '');
}

/** Picks a status from the editor's status menu; the draft's branch then records `expected`. */
async function setStatus(page: Page, branch: string, from: string, to: string, expected: string) {
	await page.getByRole('button', { name: `Status: ${from}` }).click();
	await page.getByRole('menuitem', { name: to }).click();
	await expect(page.getByRole('button', { name: `Status: ${to}` })).toBeVisible();
	await expect.poll(() => status(branch)).toBe(expected);
}

test('a story goes from draft through review to the site, in both languages', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => dialogs.push(dialog.message()));
	await cms.openAdmin(page, '#/collections/stories/new');
	const [da, en] = await panels(page);
	await writeStory(page, da, sara.da, true);
	await writeStory(page, en, sara.en, false);

	const key = 'sara-blev-sygeplejerske-i-odense';
	const files = ['da', 'en'].map((locale) => `content/stories/${locale}/${key}.md`);
	const branch = `cms/stories/${key}`;
	const mainBefore = git('rev-parse', 'main');
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByText('Dokumentet er gemt')).toBeVisible();

	// A draft on its own branch, with both languages; main is unchanged.
	expect(draftBranches()).toEqual([branch]);
	for (const file of files) expect(onBranch(branch, file)).toBe(true);
	expect(git('rev-parse', 'main')).toBe(mainBefore);
	expect(status(branch)).toBe('draft');

	// Reopened, the saved draft has no unsaved changes (decaporg/decap-cms#7142, #7276), even once the
	// office's options have loaded in the English column; no local backup is offered.
	await expect(page).toHaveURL(new RegExp(`#/collections/stories/entries/${key}$`));
	await page.reload();
	const [, enAgain] = await panels(page);
	await expect(enAgain.getByText('Fyn', { exact: true })).toBeVisible();
	await expect(enAgain.getByRole('switch', { name: 'Illustrativ historie' })).toBeChecked();
	await expect(page.getByText('Ændringer gemt')).toBeVisible();
	await expect(page.getByText('Ugemte ændringer')).toHaveCount(0);

	// Status changes one after the other, no "Gem" between them.
	await setStatus(page, branch, 'Kladder', 'Til gennemsyn', 'pending_review');
	// For the editors' guide: the status menu of a draft in review, before it is marked ready.
	await page.getByRole('button', { name: 'Status: Til gennemsyn' }).click();
	await expect(page.getByRole('menuitem', { name: 'Klar' })).toBeVisible();
	await guideShot(page, 'arbejdsgang-status.png');
	await page.getByRole('menuitem', { name: 'Klar' }).click();
	await expect(page.getByRole('button', { name: 'Status: Klar' })).toBeVisible();
	await expect.poll(() => status(branch)).toBe('pending_publish');
	expect(dialogs.filter((message) => /ændringer|sikkerhedskopi/i.test(message))).toEqual([]);

	await page.getByRole('button', { name: 'Publicer', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
	await expect(page.getByText('Dokumentet er publiceret')).toBeVisible();

	// Merged into main, the branch gone; the repository is left on main.
	expect(draftBranches()).toEqual([]);
	for (const file of files) expect(onBranch('main', file)).toBe(true);
	expect(git('branch', '--show-current')).toBe('main');

	// The site built from main shows the story in both languages.
	await buildSite(cms.copy.dir);
	for (const [locale, html] of builtStoryPages(cms.copy.dir, key)) {
		expect(html).toContain(`${sara[locale].title}</h1>`);
		expect(html).toContain(sara[locale].body);
	}
});

test('a draft with a broken field cannot be published', async ({ page }) => {
	// A draft changed outside the CMS: its English summary is missing. It is marked ready.
	const key = 'draft-without-summary';
	const branch = `cms/values/${key}`;
	git('checkout', '--quiet', '-b', branch, 'main');
	for (const [locale, summary] of [
		['da', 'summary: Et resumé.\n'],
		['en', ''],
	]) {
		const dir = join(cms.copy.dir, 'content/values', locale);
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			join(dir, `${key}.md`),
			`---\ntitle: Kladde ${locale}\norder: 99\n${summary}---\nTekst.\n`,
		);
	}
	git('add', '--all');
	git('commit', '--quiet', '-m', 'A draft with a broken field');
	git('checkout', '--quiet', 'main');
	git('config', `branch.${branch}.description`, 'decap-cms/pending_publish');
	const mainBefore = git('rev-parse', 'main');

	await cms.openAdmin(page, `#/collections/values/entries/${key}`);
	// Decap reads the draft from its branch first ("Indlæser dokument…"): slow on a busy machine.
	await expect(page.getByRole('button', { name: 'Status: Klar' })).toBeVisible({ timeout: 30_000 });
	await page.getByRole('button', { name: 'Publicer', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
	await expect(page.getByRole('alert')).toContainText('Kunne ikke publicere');
	await expect(page.getByRole('alert')).toContainText(
		'Engelsk (EN) · Resumé: Skriv et kort resumé af værdien',
	);

	expect(git('rev-parse', 'main')).toBe(mainBefore);
	expect(draftBranches()).toContain(branch);
	expect(existsSync(join(cms.copy.dir, 'content/values/en', `${key}.md`))).toBe(false);
});

test('deleting an unpublished draft removes its branch', async ({ page }) => {
	await cms.openAdmin(page, '#/collections/values/new');
	const [da, en] = await panels(page);
	await da.getByRole('spinbutton', { name: 'Rækkefølge' }).fill('99');
	for (const [panel, title] of [
		[da, 'Kladde der slettes'],
		[en, 'Draft to delete'],
	] as const) {
		await panel.getByRole('textbox', { name: 'Navn' }).fill(title);
		await panel.getByRole('textbox', { name: 'Resumé' }).fill(`${title}.`);
		await panel.getByRole('textbox').last().click();
		await page.keyboard.type(`${title}.`);
	}
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByText('Dokumentet er gemt')).toBeVisible();
	const branch = 'cms/values/kladde-der-slettes';
	expect(draftBranches()).toContain(branch);
	const mainBefore = git('rev-parse', 'main');

	await page.getByRole('button', { name: 'Slet upubliceret dokument' }).click();
	await expect(page.getByText('Upublicerede ændringer blev slettet')).toBeVisible();
	expect(draftBranches()).not.toContain(branch);
	expect(git('rev-parse', 'main')).toBe(mainBefore);
});
