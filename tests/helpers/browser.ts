import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present,
 * else undefined (Playwright's own download).
 */
export function chromiumPath(): string | undefined {
	return (
		process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
	);
}

/**
 * The machines this runs on have no network but the package registries: these flags stop Chromium
 * from calling home, which would otherwise fail, slowly, on every start.
 */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
