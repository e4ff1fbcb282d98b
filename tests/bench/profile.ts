/**
 * `node tests/bench/profile.ts [stories]`: where `astro build`'s time goes. Builds a copy of the
 * project with `stories` generated stories per language (default 1,000) under Node's CPU profiler
 * and prints the sampled time by package (or src/ file) and by function, self and inclusive. The
 * profile itself (`*.cpuprofile`, for Chrome DevTools) is kept in the folder it names.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectCopy } from '../helpers/projectCopy.ts';
import { generateStories } from './stories.ts';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

const stories = Number(process.argv[2] ?? 1000);
const profiles = mkdtempSync(join(tmpdir(), 'mentor-profile-'));
const copy = projectCopy((dir) => generateStories(join(dir, 'content/stories'), stories));
try {
	const build = spawnSync(
		process.execPath,
		[`--cpu-prof`, `--cpu-prof-dir=${profiles}`, 'node_modules/astro/bin/astro.mjs', 'build'],
		{ cwd: copy.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
	);
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
} finally {
	copy.remove();
}

/** A package name, an src/ file, or what V8 calls native work (GC, the program, idle). */
function owner(url: string, name: string): string {
	if (url.includes('node_modules/')) {
		const parts = url.split('node_modules/').at(-1)!.split('/');
		return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
	}
	if (url.includes('/src/')) return `src/${url.split('/src/').at(-1)}`;
	if (url.includes('/dist/')) return 'the build’s own chunks (pages, components)';
	return url ? url.replace(/^node:/, 'node:') : `(${name || 'native'})`;
}

for (const file of readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'))) {
	const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as {
		nodes: ProfileNode[];
		samples: number[];
		timeDeltas: number[];
	};
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	const selfByOwner = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const add = (map: Map<string, number>, key: string, ms: number) =>
		map.set(key, (map.get(key) ?? 0) + ms);
	let total = 0;
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i] ?? 0) / 1000;
		total += ms;
		const node = nodes.get(id)!;
		add(selfByOwner, owner(node.callFrame.url, node.callFrame.functionName), ms);
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const { functionName, url, lineNumber } = nodes.get(at)!.callFrame;
			const key = `${owner(url, functionName)} ${functionName || '(anonymous)'}:${lineNumber + 1}`;
			if (!seen.has(key)) add(inclusive, key, ms);
			seen.add(key);
		}
	});
	const top = (map: Map<string, number>, count: number, keep = (_: string) => true) =>
		[...map]
			.filter(([key]) => keep(key))
			.sort((a, b) => b[1] - a[1])
			.slice(0, count)
			.map(([key, ms]) => `${(ms / 1000).toFixed(1).padStart(7)} s  ${key}`)
			.join('\n');
	console.log(`\n${file}: ${(total / 1000).toFixed(1)} s sampled, +${stories} stories/lang`);
	console.log(`\nSelf time by package or file:\n${top(selfByOwner, 25)}`);
	console.log(
		`\nInclusive time, the project's code and Astro's:\n${top(inclusive, 40, (key) => key.startsWith('src/') || key.startsWith('astro ') || key.startsWith('the build'))}`,
	);
}
console.log(`\nProfiles kept in ${profiles}`);
