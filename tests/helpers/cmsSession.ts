import { expect, test, type Page } from '@playwright/test';
import { startDecapServer } from './cms.ts';
import { openAdmin } from './cmsEditor.ts';
import { projectCopy } from './projectCopy.ts';

/** How a spec file wants its copy and decap-server. */
export interface CmsSessionOptions {
	/** decap-server's mode: `fs` writes the files, `git` runs the editorial workflow. */
	mode?: 'fs' | 'git';
	/** Runs on the fresh copy before decap-server starts, e.g. to make it a git repository. */
	prepare?: (dir: string) => void;
	/**
	 * Whether every test ends with no Content-Security-Policy violation reported. Off for a file that
	 * checks `cspViolations` itself, at the moment that matters to it.
	 */
	checkCsp?: boolean;
}

/**
 * One project copy and one decap-server over it for the spec file that calls this at its top level;
 * the file's tests share them, one after the other. Registers the hooks that start and remove them and,
 * unless `checkCsp` is false, the check that each test's admin reported no CSP violation.
 *
 * A function registering hooks rather than a worker-scoped Playwright fixture: a worker fixture lives as
 * long as the worker, so two spec files run by one worker would share a copy that the first has already
 * written to, and a `git` file would need the mode as a worker option. Hooks keep the lifetime exactly
 * the file's, as each file had it before.
 */
export function cmsSession({ mode = 'fs', prepare, checkCsp = true }: CmsSessionOptions = {}) {
	let copy: ReturnType<typeof projectCopy> | undefined;
	let server: Awaited<ReturnType<typeof startDecapServer>> | undefined;
	let cspViolations: string[] = [];

	test.beforeAll(async () => {
		copy = projectCopy();
		prepare?.(copy.dir);
		server = await startDecapServer(copy.dir, mode);
	});
	test.afterAll(() => {
		server?.stop();
		copy?.remove();
	});
	test.beforeEach(() => {
		cspViolations = [];
	});
	// Decap may still be asking decap-server something when a test ends: its answer is dropped,
	// rather than failing the test that has already passed.
	test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));
	if (checkCsp) {
		test.afterEach(() => {
			expect(cspViolations).toEqual([]);
		});
	}

	/** What only exists once `beforeAll` has run; a clear error if a test reaches for it sooner. */
	const started = <T>(value: T | undefined, name: string): T => {
		if (value === undefined) throw new Error(`cmsSession: the ${name} is not started yet`);
		return value;
	};

	const url = () => started(server, 'decap-server').url;

	return {
		/** The file's project copy. */
		get copy() {
			return started(copy, 'project copy');
		},
		/** decap-server's API address. */
		get url() {
			return url();
		},
		/** Content-Security-Policy violations the admin reported in the current test. */
		get cspViolations() {
			return cspViolations;
		},
		/** Opens /admin/ on the file's decap-server, at `hash` if given. */
		openAdmin(page: Page, hash = '') {
			return openAdmin(page, { serverUrl: url(), cspViolations, hash });
		},
	};
}
