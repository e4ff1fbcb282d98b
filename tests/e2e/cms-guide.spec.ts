import { expect, test, type Page } from '@playwright/test';
import { panels, sara, writeStory } from '../helpers/cmsEditor.ts';
import { cmsSession } from '../helpers/cmsSession.ts';
import { guideShot } from '../helpers/guideShots.ts';

// The editors' guide (docs/redaktoer/vejledning.md) shows the CMS in pictures these tests take, after
// checking that what each picture is meant to show is on screen. The workflow's own pictures are taken
// by tests/e2e/cms-workflow.spec.ts, the refusal's and the translation's by tests/e2e/cms.spec.ts.
// Only `npm run guide:pictures` runs this file: what it checks on the way, the labels and hints on
// screen, the contract test checks in the CMS's configuration (tests/unit/cms.test.ts).
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 800 } });

const cms = cmsSession();

/** Waits for the editor's two language columns (reading an entry takes a while on a busy machine). */
async function columnsShown(page: Page) {
	await expect(page.getByRole('button', { name: 'Skriver på EN' })).toBeVisible({
		timeout: 30_000,
	});
}

test('the guide’s pictures: the CMS’s start page with the help link', async ({ page }) => {
	await cms.openAdmin(page);
	const help = page.getByRole('link', { name: 'Vejledning for redaktører' });
	await expect(help).toBeVisible();
	await expect(help).toHaveAttribute('href', /docs\/redaktoer\/vejledning\.md$/);
	await expect(page.getByRole('link', { name: 'Historier', exact: true })).toBeVisible();
	await guideShot(page, 'start.png');
});

test('the guide’s pictures: a new story, with its consent', async ({ page }) => {
	await cms.openAdmin(page, '#/collections/stories/new');
	const [da] = await panels(page);
	await writeStory(page, da, sara.da, true);
	const consent = da.getByRole('textbox', { name: 'Dato for samtykke' });
	await consent.scrollIntoViewIfNeeded();
	await expect(consent).toHaveValue('2026-11-18');
	await expect(da.getByText('Samtykket til offentliggørelse. En historie uden')).toBeVisible();
	await guideShot(page, 'historie-samtykke.png');
});

test('the guide’s pictures: a new question', async ({ page }) => {
	await cms.openAdmin(page, '#/collections/faqs/new');
	await columnsShown(page);
	// The Danish column comes first.
	await page
		.getByRole('textbox', { name: 'Spørgsmål' })
		.first()
		.fill('Hvor længe varer et forløb?');
	await expect(page.getByText('Hvem spørgsmålet er til').first()).toBeVisible();
	await guideShot(page, 'spoergsmaal.png');
});

test('the guide’s pictures: an office’s contact details', async ({ page }) => {
	await cms.openAdmin(page, '#/collections/offices/entries/koebenhavn');
	const [da] = await panels(page);
	const email = da.getByRole('textbox', { name: 'E-mail' });
	await email.scrollIntoViewIfNeeded();
	await expect(da.getByText('Hvordan man kontakter kontoret')).toBeVisible();
	await guideShot(page, 'kontor-kontakt.png');
});

test('the guide’s pictures: a key figure and its source', async ({ page }) => {
	await cms.openAdmin(page, '#/collections/figures/entries/mentors');
	await columnsShown(page);
	const source = page.getByRole('textbox', { name: 'Kilde, som den skal citeres' }).first();
	await source.scrollIntoViewIfNeeded();
	await expect(source).not.toHaveValue('');
	await expect(page.getByRole('textbox', { name: 'Gælder pr.' }).first()).not.toHaveValue('');
	await guideShot(page, 'noegletal-kilde.png');
});
