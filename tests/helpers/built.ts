import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The built site. `npm test` builds it before the tests that read it. */
export const dist = join(import.meta.dirname, '../../dist');

/** Every HTML file in the built site, as absolute paths. */
export function builtPages(): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dist, file));
}
