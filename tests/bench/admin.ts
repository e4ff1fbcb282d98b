import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../helpers/browser.ts';
import { startDecapServer } from '../helpers/cms.ts';
import { openAdmin, panels } from '../helpers/cmsEditor.ts';
import { projectCopy } from '../helpers/projectCopy.ts';
import { kb, type Report } from './report.ts';
import { serveStatic } from './serve.ts';

/** The scripts and stylesheets a page has loaded so far: count, raw and gzip bytes. */
function loaded(page: Page) {
	const bodies: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type === 'script' || type === 'stylesheet') bodies.push(response.body());
	});
	return async () => {
		const all = await Promise.all(bodies);
		return {
			files: all.length,
			raw: all.reduce((sum, body) => sum + body.length, 0),
			gzip: all.reduce((sum, body) => sum + gzipSync(body).length, 0),
		};
	};
}

/**
 * What an editor's browser downloads for /admin/, measured as tests/e2e/cms.spec.ts measures it
 * (every script and stylesheet, gzipped): the CMS built by its own step in a copy of the project,
 * opened in Chromium against decap-server, first at the list of stories, then with a new story's
 * editor open (which loads the Markdown editor).
 */
export async function adminBenchmark(): Promise<Report[]> {
	process.stderr.write('bench: building the CMS and opening it…\n');
	const copy = projectCopy();
	const started = performance.now();
	const build = spawnSync('npm', ['run', '--silent', 'build:admin'], {
		cwd: copy.dir,
		encoding: 'utf8',
	});
	const buildSeconds = (performance.now() - started) / 1000;
	if (build.status !== 0) throw new Error(`build:admin failed:\n${build.stdout}\n${build.stderr}`);
	const backend = await startDecapServer(copy.dir);
	const { server, origin } = await serveStatic(join(copy.dir, 'dist'));
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
	try {
		const page = await browser.newPage({ baseURL: origin });
		const sizes = loaded(page);
		await openAdmin(page, { serverUrl: backend.url, cspViolations: [] });
		await page.getByRole('link', { name: 'Historier', exact: true }).click();
		await page.getByText('Amal fik sin første jobsamtale som ingeniør').waitFor();
		const list = await sizes();
		await page.goto('/admin/#/collections/stories/new');
		await panels(page);
		await page.locator('[data-slate-editor]').first().waitFor({ timeout: 60_000 });
		const editor = await sizes();
		const row = (label: string, { files, raw, gzip }: typeof list) => [
			label,
			`${files} files`,
			`${kb(raw)} raw`,
			`${kb(gzip)} gzip`,
		];
		return [
			{
				title: 'CMS (/admin/): what an editor downloads',
				columns: ['measure', '', '', ''],
				rows: [
					row('opened, list of stories', list),
					row('a story’s editor open', editor),
					['own build (npm run build:admin)', `${buildSeconds.toFixed(1)} s`, '', ''],
				],
				notes: [
					'Scripts and stylesheets the page loaded, each gzipped (as tests/e2e/cms.spec.ts reports).',
					'Baseline, measured the same way: decap-cms-app 3.16.3 (commit 3712fbd) 5,742 KB raw /',
					'1,538 KB gzip; modular Decap bundled by astro build (c55dcc9) 3,514 KB raw / 963 KB gzip',
					'(1 file, opened and editing alike); goal < 750 KB gzip.',
				],
			},
		];
	} finally {
		await browser.close();
		server.close();
		backend.stop();
		copy.remove();
	}
}
