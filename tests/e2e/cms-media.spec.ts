import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { uploads } from '../../admin/media.ts';
import { buildSite } from '../helpers/cms.ts';
import { panels, sara, writeStory } from '../helpers/cmsEditor.ts';
import { cmsSession } from '../helpers/cmsSession.ts';

// Pictures in the real CMS against decap-server over a copy of the project: what the site cannot
// show is refused in Danish, and an accepted photo reaches the built page resized.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

// The one test checks for CSP violations itself, before the site is rebuilt.
const cms = cmsSession({ checkCsp: false });

/** The messages of the browser dialogs the page opens (openAdmin accepts them). */
function dialogs(page: Page): string[] {
	const messages: string[] = [];
	page.on('dialog', (dialog) => messages.push(dialog.message()));
	return messages;
}

/** The files uploaded to the copy's media folder. */
function media(): string[] {
	const folder = join(cms.copy.dir, 'content/media');
	return existsSync(folder) ? readdirSync(folder) : [];
}

test('a picture the site cannot show is refused in Danish; a photo reaches the page resized', async ({
	page,
}) => {
	const messages = dialogs(page);
	await cms.openAdmin(page, '#/collections/stories/new');
	const [da, en] = await panels(page);
	const text = { ...sara.da, title: 'Sara og billedet' };
	await writeStory(page, da, text, true);
	await writeStory(page, en, { ...sara.en, title: 'Sara and the picture' }, false);
	await da.getByRole('button', { name: 'Vælg et billede' }).click();
	const upload = page.locator('input[type="file"]');

	// An iPhone picture: a type the site's image pipeline cannot read.
	await upload.setInputFiles({
		name: 'IMG_0001.HEIC',
		mimeType: 'image/heic',
		buffer: Buffer.from('not a picture the site can read'),
	});
	await expect.poll(() => messages.at(-1)).toMatch(/^«IMG_0001\.HEIC» kan ikke bruges på sitet/);

	// Too large: Decap's own limit, in Decap's Danish.
	await upload.setInputFiles({
		name: 'stort-billede.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.alloc(uploads.maxBytes + 1),
	});
	await expect
		.poll(() => messages.at(-1))
		.toBe('Filen er for stor.\nOpsætningen tillader ikke filer større end 5000 kB.');
	expect(media()).toEqual([]);

	// A photo far wider than any page shows it.
	const photo = await sharp({
		create: { width: 2400, height: 1600, channels: 3, background: { r: 180, g: 90, b: 60 } },
	})
		.jpeg()
		.toBuffer();
	await upload.setInputFiles({ name: 'sara.jpg', mimeType: 'image/jpeg', buffer: photo });
	await page.getByRole('button', { name: 'Anvend valgte' }).click();
	await da.getByRole('textbox', { name: 'Alternativ tekst' }).fill('Sara på biblioteket.');
	await en.getByRole('textbox', { name: 'Alternativ tekst' }).fill('Sara at the library.');
	await page.getByRole('button', { name: 'Publicer' }).click();
	await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
	await expect(page.getByText('Dokumentet er gemt')).toBeVisible();
	expect(media()).toEqual(['sara.jpg']);
	expect(cms.cspViolations).toEqual([]);

	// The built page shows it through Astro's image pipeline: resized, with its size and a srcset.
	await buildSite(cms.copy.dir);
	const html = readFileSync(
		join(cms.copy.dir, 'dist/historier/sara-og-billedet/index.html'),
		'utf8',
	);
	const img = /<img[^>]*class="app-story__image"[^>]*>/.exec(html)?.[0] ?? '';
	expect(img).toContain('alt="Sara på biblioteket."');
	expect(img).toMatch(/ width="\d+"/);
	expect(img).toMatch(/ height="\d+"/);
	const srcset = /srcset="([^"]+)"/.exec(img)?.[1] ?? '';
	const candidates = srcset.split(', ').map((candidate) => candidate.split(' '));
	expect(candidates.map(([, width]) => width)).toEqual(['400w', '800w']);
	for (const [url, width] of candidates) {
		expect(url).toMatch(/^\/_astro\/sara\.[\w-]+\.webp$/);
		const built = await sharp(join(cms.copy.dir, 'dist', url!)).metadata();
		expect(`${built.width}w`).toBe(width);
		expect(built.format).toBe('webp');
	}
});
