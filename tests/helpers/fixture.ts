import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateStories } from '../bench/stories.ts';
import { partialCollections } from '../../src/collections/coverage.ts';
import { openCopy, projectCopy, rewrite, type ProjectCopy } from './projectCopy.ts';

/**
 * The unit tests' one fixture: a copy of the project with what several tests add to it, built once
 * (`astro build` and Pagefind, without the CMS bundle, which none of them reads):
 * - a fifth partial language, Turkish, from strings and content only (tests/unit/add-language);
 * - a page only in Danish and English, "volunteers", from one registry entry, one strings pair and
 *   one content pair (tests/unit/page-registry);
 * - one generated 600-word story, `bench-0001` (tests/unit/story-weight);
 * - hostile HTML appended to a story's Danish body (tests/unit/markdown-safety).
 * The additions touch different pages, so each test reads only its own. `npm run test:unit` builds it
 * before the test files run (tests/setup/fixture.ts); a test file run alone builds it itself.
 */
export interface Fixture {
	copy: ProjectCopy;
	/** The build's exit code and everything it printed. */
	build: { status: number | null; output: string };
}

/** Where the global set-up says the built fixture is. */
const fixtureVariable = 'MENTOR_NETWORK_FIXTURE';

/** The hostile HTML tests/unit/markdown-safety.test.ts expects cleaned on /historier/amal-hanne/. */
export const hostileMarkdown = `
Før.

<script>alert('script')</script>

<img src="x.png" alt="billede" onerror="alert('onerror')">

<a href="javascript:alert('href')">klik</a> og [markdown-link](javascript:alert('md'))

<iframe src="https://example.org"></iframe><style>body{display:none}</style>

<p style="color:red" onclick="alert('click')" id="main">Efter.</p>

## En overskrift

[Et rigtigt link](/om-netvaerket/) og <strong>fed</strong> tekst.
`;

/** The page the registry test adds, in Danish and English: [locale, URL segment, link text]. */
export const addedPage = [
	['da', 'frivillige', 'Frivillige'],
	['en', 'volunteers', 'Volunteers'],
] as const;

function addLanguage(dir: string) {
	// Turkish: the language of one of the ten countries most mentees come from. Its strings are
	// Somali's with its own name, which is all the build can tell apart.
	const somali = readFileSync(join(dir, 'src/i18n/strings/so.ts'), 'utf8');
	writeFileSync(
		join(dir, 'src/i18n/strings/tr.ts'),
		somali
			.replace("'locale.name': 'Soomaali'", "'locale.name': 'Türkçe'")
			.replace("'locale.ogLocale': 'so_SO'", "'locale.ogLocale': 'tr_TR'")
			.replace("'locale.intl': 'so'", "'locale.intl': 'tr'"),
	);
	rewrite(dir, 'src/i18n/strings/index.ts', (text) =>
		text
			.replace("import so from './so.ts';", "import so from './so.ts';\nimport tr from './tr.ts';")
			.replace('da, en, ar, fa, uk, so }', 'da, en, ar, fa, uk, so, tr }'),
	);
	for (const collection of partialCollections) {
		const from = join(dir, 'content', collection, 'so');
		const to = join(dir, 'content', collection, 'tr');
		cpSync(from, to, { recursive: true });
		for (const file of readdirSync(to)) {
			rewrite(to, file, (text) => text.replaceAll('](/so/', '](/tr/'));
		}
	}
}

function addPage(dir: string) {
	rewrite(dir, 'src/routing/pages.ts', (text) =>
		text.replace(
			'\tprivacy: {',
			"\tvolunteers: { nav: 'link', footer: 'more', search: 'page', indexed: true, locales: 'complete' },\n\tprivacy: {",
		),
	);
	for (const [locale, slug, name] of addedPage) {
		rewrite(dir, `src/i18n/strings/${locale}.ts`, (text) =>
			text.replace(
				"\t'nav.label':",
				`\t'route.volunteers': '${slug}',\n\t'nav.volunteers': '${name}',\n\t'nav.label':`,
			),
		);
		writeFileSync(
			join(dir, `content/pages/${locale}/volunteers.md`),
			`---\ntitle: "${name}"\ndescription: "${name} test page."\n---\n\nRegistrytestword ${locale}.\n`,
		);
	}
}

/** Makes and builds the fixture in a fresh copy; the caller removes it. */
export function buildFixture(): Fixture {
	const copy = projectCopy((dir) => {
		addLanguage(dir);
		addPage(dir);
		generateStories(join(dir, 'content/stories'), 1);
		rewrite(dir, 'content/stories/da/amal-hanne.md', (text) => text + hostileMarkdown);
	});
	const site = copy.astro('build');
	const build =
		site.status === 0
			? (() => {
					const search = spawnSync(
						process.execPath,
						[join(copy.dir, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'],
						{ cwd: copy.dir, encoding: 'utf8' },
					);
					return {
						status: search.status,
						output: `${site.output}\n${search.stdout}\n${search.stderr}`,
					};
				})()
			: site;
	writeFileSync(join(copy.dir, 'fixture-build.json'), JSON.stringify(build));
	return { copy, build };
}

let built: Fixture | undefined;

/**
 * The built fixture: the one the global set-up made, or, for a test file run alone, one built now
 * and removed when the process exits.
 */
export function fixture(): Fixture {
	if (built) return built;
	const dir = process.env[fixtureVariable];
	if (dir && existsSync(join(dir, 'fixture-build.json'))) {
		const copy = openCopy(dir);
		built = { copy, build: JSON.parse(copy.read('fixture-build.json')) };
	} else {
		built = buildFixture();
		process.once('exit', () => built?.copy.remove());
	}
	return built;
}

/** For the global set-up: builds the fixture and tells the test files where it is. */
export function provideFixture(): Fixture {
	const made = buildFixture();
	process.env[fixtureVariable] = made.copy.dir;
	return made;
}
