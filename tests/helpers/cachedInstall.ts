import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/**
 * Installs `spec` (`name@version`) from the npm registry into the folder `prefix`, for tools only a
 * bench or one test uses, so `npm install` does not carry them (the Observatory, the CDN runtimes).
 * Install scripts stay off: those of these tools download from outside the package registries,
 * which this machine does not reach; each caller says what it gives them instead.
 */
export function installInto(prefix: string, spec: string, log: (message: string) => void) {
	log(`installing ${spec} (scripts off) in ${prefix}`);
	mkdirSync(prefix, { recursive: true });
	const install = spawnSync(
		'npm',
		[
			'install',
			'--no-save',
			'--no-package-lock',
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			'--prefix',
			prefix,
			spec,
		],
		{ encoding: 'utf8' },
	);
	if (install.status !== 0) throw new Error(`npm install ${spec} failed:\n${install.stderr}`);
}
