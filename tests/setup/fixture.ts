import type { Fixture } from '../helpers/fixture.ts';
import { provideFixture } from '../helpers/fixture.ts';

/**
 * `npm run test:unit`'s global set-up (node --test-global-setup): the unit tests' fixture is built
 * once, before the test files run, and removed after them (tests/helpers/fixture.ts).
 */
let made: Fixture | undefined;

export function globalSetup() {
	made = provideFixture();
}

export function globalTeardown() {
	made?.copy.remove();
}
