import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
/** What is never copied: installed packages, build output, caches and test reports. */
const skipped = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.git',
	'test-results',
	'playwright-report',
]);

/**
 * A throwaway copy of the project (sharing its node_modules) for tests that change content and run
 * the real Astro CLI on it. Call `remove()` when done.
 */
export function projectCopy(edit: (dir: string) => void = () => {}): ProjectCopy {
	const dir = mkdtempSync(join(tmpdir(), 'mentor-copy-'));
	for (const entry of readdirSync(root)) {
		if (!skipped.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	edit(dir);
	return openCopy(dir);
}

/** A copy of the project made earlier, e.g. by another process (tests/helpers/fixture.ts). */
export interface ProjectCopy {
	dir: string;
	/** Runs `astro <command>` in the copy; returns its exit code and everything it printed. */
	astro(
		command: 'sync' | 'build',
		env?: Record<string, string>,
	): { status: number | null; output: string };
	/** Runs an npm script in the copy, e.g. the full `build` (site and search index). */
	npm(script: string, env?: Record<string, string>): { status: number | null; output: string };
	/** Reads a file of the copy, e.g. a built page under dist/. */
	read(file: string): string;
	remove(): void;
}

/** The copy of the project at `dir`. */
export function openCopy(dir: string): ProjectCopy {
	const run = (command: string, args: string[], env: Record<string, string>) => {
		const result = spawnSync(command, args, {
			cwd: dir,
			encoding: 'utf8',
			env: {
				...process.env,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				// Astro's caches (data store, incremental pages) default to node_modules/.astro, which
				// is the project's own here: each copy keeps its caches to itself (astro.config.mjs).
				MENTOR_NETWORK_CACHE_DIR: join(dir, '.astro-cache'),
				...env,
			},
		});
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	};
	return {
		dir,
		astro(command, env = {}) {
			return run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], env);
		},
		npm(script, env = {}) {
			return run('npm', ['run', '--silent', script], env);
		},
		read(file) {
			return readFileSync(join(dir, file), 'utf8');
		},
		remove() {
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Rewrites a file in a copy. */
export function rewrite(dir: string, file: string, change: (text: string) => string) {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}
