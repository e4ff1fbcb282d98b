import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

/**
 * An editor's broken entry must stop the build with a message naming the file and the field. These
 * tests break a copy of the real project one way at a time and run the real Astro CLI on it.
 */
const root = join(import.meta.dirname, '../..');
const copies: string[] = [];

after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A throwaway copy of the project sharing its node_modules, with `edit` applied to it. */
function brokenCopy(edit: (dir: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'mentor-broken-'));
	copies.push(dir);
	for (const entry of [
		'src',
		'content',
		'public',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
	]) {
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	edit(dir);
	return dir;
}

/** Rewrites a file in the copy. */
function rewrite(dir: string, file: string, change: (text: string) => string) {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** Runs `astro <command>` in the copy; returns its exit code and everything it printed. */
function astro(dir: string, command: 'sync' | 'build') {
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), command],
		{
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		},
	);
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('broken content fails the build, naming file and field', () => {
	it('a story without recorded consent', () => {
		const dir = brokenCopy((d) =>
			rewrite(d, 'content/stories/da/amal-hanne.md', (text) =>
				text.replace(/consent:\n( {2}.*\n)+/, ''),
			),
		);
		const { status, output } = astro(dir, 'sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/stories\/da\/amal-hanne\.md/);
		assert.match(output, /consent: Add the consent to publish/);
	});

	it('a story whose office does not exist', () => {
		const dir = brokenCopy((d) =>
			rewrite(d, 'content/stories/en/mei-karen.md', (text) =>
				text.replace(/^office: .*$/m, 'office: aarhus'),
			),
		);
		const { status, output } = astro(dir, 'sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/stories\/en\/mei-karen\.md/);
		assert.match(output, /office: There is no entry "aarhus" in content\/offices\/en\//);
	});

	it('a figure without its source', () => {
		const dir = brokenCopy((d) =>
			rewrite(d, 'content/figures/da/mentors.yaml', (text) =>
				text.replace(/source:\n( {2}.*\n)+/, ''),
			),
		);
		const { status, output } = astro(dir, 'sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/figures\/da\/mentors\.yaml/);
		assert.match(output, /source: Add the source of the figure/);
	});

	it('a page whose date is not a date', () => {
		const dir = brokenCopy((d) =>
			rewrite(d, 'content/pages/en/privacy.md', (text) =>
				text.replace(/^updated: .*$/m, 'updated: next spring'),
			),
		);
		const { status, output } = astro(dir, 'sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/pages\/en\/privacy\.md/);
		assert.match(output, /updated: Write the date as YYYY-MM-DD/);
	});

	it('an entry that exists in one language only', () => {
		const dir = brokenCopy((d) => rmSync(join(d, 'content/faqs/en/does-it-cost-anything.md')));
		const { status, output } = astro(dir, 'build');
		assert.notEqual(status, 0);
		assert.match(output, /content\/faqs\/en\/does-it-cost-anything\.\*/);
	});
});
