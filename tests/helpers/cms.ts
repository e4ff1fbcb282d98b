import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** A TCP port nobody is listening on. */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/**
 * decap-server over `dir`, on a free port; `url` is its API. `fs` writes straight to the files; `git`
 * runs the editorial workflow on the git repository `dir` (drafts on `cms/…` branches, merged on publish).
 */
export async function startDecapServer(
	dir: string,
	mode: 'fs' | 'git' = 'fs',
): Promise<{ url: string; stop: () => void }> {
	const port = await freePort();
	const child: ChildProcess = spawn(
		process.execPath,
		[join(root, 'node_modules/decap-server/dist/index.js')],
		{
			cwd: dir,
			env: {
				...process.env,
				PORT: String(port),
				MODE: mode,
				GIT_REPO_DIRECTORY: dir,
				LOG_LEVEL: 'warn',
			},
			stdio: 'inherit',
		},
	);
	const url = `http://127.0.0.1:${port}/api/v1`;
	for (let attempt = 0; attempt < 100; attempt++) {
		const ready = await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ action: 'info' }),
		}).then(
			(response) => response.ok,
			() => false,
		);
		if (ready) return { url, stop: () => child.kill() };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill();
	throw new Error(`decap-server did not answer on ${url}`);
}

/** Builds the site in `dir` with the project's Astro. */
export async function buildSite(dir: string): Promise<void> {
	const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	if (code !== 0) throw new Error(`astro build in ${dir} failed with exit code ${code}`);
}
