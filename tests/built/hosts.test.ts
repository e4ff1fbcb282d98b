import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { adminPolicy } from '../../src/security/contentSecurityPolicy.ts';
import { adminHeaders, cacheControl, securityHeaders } from '../../src/security/headers.ts';
import { dist } from '../helpers/built.ts';

const root = join(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	scripts: Record<string, string>;
	engines: { node: string };
};

/** True when Node `major` (e.g. "24") satisfies the project's `>=22.12.0`. */
function satisfiesEngines(major: string): boolean {
	const [, wantedMajor, wantedMinor] = packageJson.engines.node.match(/^>=(\d+)\.(\d+)/)!;
	return Number(major) > Number(wantedMajor) || (major === wantedMajor && wantedMinor === '0');
}

describe('Netlify: netlify.toml and dist/_headers, read by Netlify’s own parser', () => {
	it('builds with the project’s build script, publishes dist/, on a Node the project accepts', () => {
		const config = parseToml(readFileSync(join(root, 'netlify.toml'), 'utf8')) as {
			build: { command: string; publish: string; environment: { NODE_VERSION: string } };
		};
		assert.equal(config.build.command, 'npm run build');
		assert.ok(packageJson.scripts.build?.includes('pagefind'), 'the build script indexes search');
		assert.equal(config.build.publish, 'dist');
		assert.ok(satisfiesEngines(config.build.environment.NODE_VERSION));
	});

	it('gives every path the security headers, hashed assets a year, /admin/ its own policy', async () => {
		const { headers: rules, errors } = await parseAllHeaders({
			headersFiles: [join(dist, '_headers')],
			netlifyConfigPath: join(root, 'netlify.toml'),
			configHeaders: undefined,
			minimal: false,
		});
		assert.deepEqual(errors, []);
		/** Every value Netlify sends for `path`, each header's values from every matching rule. */
		const sent = (path: string) => {
			const all: Record<string, string[]> = {};
			for (const rule of rules) {
				if (!('forRegExp' in rule) || !rule.forRegExp.test(path)) continue;
				for (const [name, value] of Object.entries(rule.values)) {
					(all[name.toLowerCase()] ??= []).push(value);
				}
			}
			return all;
		};
		for (const path of ['/', '/om-netvaerket/', '/_astro/page.Ab12Cd.js', '/admin/']) {
			for (const [name, value] of Object.entries(securityHeaders)) {
				assert.deepEqual(sent(path)[name.toLowerCase()], [value], `${name} at ${path}`);
			}
		}
		// Cross-Origin-Opener-Policy on /admin/ alone (docs/decisions/0003-no-coop-on-pages.md).
		assert.equal(sent('/om-netvaerket/')['cross-origin-opener-policy'], undefined);
		assert.deepEqual(sent('/admin/')['cross-origin-opener-policy'], [
			adminHeaders['Cross-Origin-Opener-Policy'],
		]);
		assert.deepEqual(sent('/_astro/page.Ab12Cd.js')['cache-control'], [cacheControl.immutable]);
		assert.equal(sent('/om-netvaerket/')['cache-control'], undefined);
		assert.ok(
			sent('/admin/')['content-security-policy']?.includes(
				adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL),
			),
		);
	});
});

describe('GitHub Pages: .github/workflows/pages.yml', () => {
	const workflow = parseYaml(readFileSync(join(root, '.github/workflows/pages.yml'), 'utf8')) as {
		jobs: Record<
			string,
			{ steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }
		>;
	};
	const steps = workflow.jobs.build!.steps;

	it('installs from the lock file and runs the project’s build on a Node it accepts', () => {
		const node = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
		assert.ok(satisfiesEngines(String(node?.with?.['node-version'])));
		const runs = steps.map((step) => step.run ?? '');
		const install = runs.findIndex((run) => run.trim() === 'npm ci');
		const build = runs.findIndex((run) => /^\s*npm run build$/m.test(run));
		assert.ok(install >= 0 && build > install, 'npm ci, then npm run build');
		// Astro's caches (astro.config.mjs cacheDir), restored between the two: before npm ci they
		// would be deleted with node_modules/, after the build they would come too late.
		const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
		assert.equal(steps[cache]?.with?.path, 'node_modules/.astro');
		assert.ok(cache > install && cache < build, 'the cache between npm ci and the build');
	});

	it('publishes dist/', () => {
		const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
		assert.equal(upload?.with?.path, 'dist');
		assert.ok(
			workflow.jobs.deploy!.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
		);
	});
});
