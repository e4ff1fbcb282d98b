import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { adminPolicy } from '../src/security/contentSecurityPolicy.ts';

/**
 * The CMS's own Vite build (`npm run build:admin`, part of `npm run build`), apart from the site's:
 * bundling Decap inside `astro build` cost every site build several seconds and most of its memory,
 * and every test that builds a copy of the site paid it too. `npm start` serves the same config
 * inside Astro's dev server (admin/devServer.ts).
 */

const adminDir = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The admin's Content-Security-Policy as a `<meta>` at the top of the page (the host's header policy
 * adds frame-ancestors): the same definition `_headers` and the nginx file use.
 */
function adminPolicyMeta(): Plugin {
	const policy = adminPolicy(process.env.PUBLIC_DECAP_LOCAL_URL, { meta: true });
	return {
		name: 'mentor-network:admin-policy',
		apply: 'build',
		transformIndexHtml: (html) => {
			const charset = '<meta charset="utf-8" />';
			if (!html.includes(charset)) throw new Error('admin/index.html has no <meta charset>');
			return html.replace(
				charset,
				`${charset}\n\t\t<meta http-equiv="content-security-policy" content="${policy}">`,
			);
		},
	};
}

/**
 * Modules Decap's dependencies import but this site never runs, built as empty modules (a call into
 * one would fail loudly, never silently):
 * - esprima: js-yaml 3 loads it for its unsafe `!!js/function` type only; js-yaml comes with
 *   gray-matter, whose YAML engine Decap replaces with its own.
 * - the GitHub backend's GraphQL client (with Apollo and graphql): used only with the backend's
 *   `use_graphql` option, which admin/config.ts does not set.
 * - TOML: the site's content is Markdown with YAML front matter, and YAML.
 * - rehype-parse (with parse5 and its table of named entities, a large share of what an editor
 *   downloads when a story's editor opens): the Markdown widget imports it for `htmlToSlate` only,
 *   which nothing in Decap calls (a paste of HTML goes through the Slate editor's own `withHtml`).
 * - react-style-proptype (part of the list view's download): react-split-pane's propTypes check for
 *   its `style`; React 19 no longer runs propTypes.
 * tests/unit/cmsBuild.test.ts fails if the configuration, or Decap, comes to need one of them.
 */
const neverRun = [
	/\/node_modules\/esprima\//,
	/\/node_modules\/rehype-parse\//,
	/\/node_modules\/react-style-proptype\//,
	/\/node_modules\/decap-cms-backend-github\/dist\/esm\/GraphQLAPI\.js$/,
	/\/node_modules\/@iarna\/toml\//,
	/\/node_modules\/tomlify-j0\.4\//,
];

/**
 * React's server renderer: the Markdown widget imports `renderToString` to preview editor components
 * (shortcodes) and calls it only for those; admin/decap.ts registers none. Should one ever be
 * registered, its preview fails with this message rather than silently.
 */
const noServerRenderer = '\0mentor-network:no-server-renderer';
const noServerRendererCode = `export function renderToString() {
	throw new Error('react-dom/server is left out of the CMS (admin/vite.config.ts); editor components need it back');
}`;

/**
 * lodash/fp as the four functions Decap uses (decap-cms-lib-util), instead of the whole of lodash it
 * loads. A function Decap starts to use later fails the build, naming it.
 */
const lodashFp = '\0mentor-network:lodash-fp';
const lodashFpCode = ['filter', 'flow', 'fromPairs', 'map']
	.map((name) => `export { default as ${name} } from 'lodash/fp/${name}.js';`)
	.join('\n');

/**
 * gray-matter's own js-yaml (version 3, part of the list view's download): gray-matter loads it
 * for its default YAML engine, which Decap always replaces with its own (`engines` in
 * decap-cms-core's formats/frontmatter.js). gray-matter binds the two functions when it loads, so
 * they are there, and fail loudly if ever called.
 */
const grayMatterYaml = /\/node_modules\/gray-matter\/node_modules\/js-yaml\/index\.js$/;
const grayMatterYamlCode = `function never() {
	throw new Error("gray-matter's own js-yaml is left out of the CMS (admin/vite.config.ts)");
}
export { never as safeLoad, never as safeDump };`;

function leaveOut(): Plugin {
	return {
		name: 'mentor-network:leave-out',
		apply: 'build',
		enforce: 'pre',
		resolveId(source) {
			if (source === 'react-dom/server') return noServerRenderer;
			if (source === 'lodash/fp') return lodashFp;
			return null;
		},
		load(id) {
			if (id === noServerRenderer) return noServerRendererCode;
			if (id === lodashFp) return lodashFpCode;
			if (grayMatterYaml.test(id)) return grayMatterYamlCode;
			return neverRun.some((pattern) => pattern.test(id)) ? 'export default undefined;' : null;
		},
	};
}

/** Notices about Decap's dependencies that say nothing about this project's code. */
const dependencyNotices = new Set(['EVAL', 'MODULE_LEVEL_DIRECTIVE']);

export default defineConfig(({ command }) => ({
	// Built from the project root, so that the page is written to dist/admin/index.html and its
	// scripts to dist/_astro/ beside the site's, where hosts cache hashed files for a year. Served
	// from admin/ under /admin/, so that none of its URLs overlap the site's dev server.
	root: command === 'build' ? projectRoot : adminDir,
	base: command === 'build' ? '/' : '/admin/',
	publicDir: false,
	// The `PUBLIC_*` build variables the CMS reads (admin/config.ts), from the environment or .env.
	envDir: projectRoot,
	envPrefix: 'PUBLIC_',
	clearScreen: false,
	// Its own dependency cache: sharing the site dev server's would make each invalidate the other's.
	cacheDir: fileURLToPath(new URL('../node_modules/.vite-admin', import.meta.url)),
	plugins: [adminPolicyMeta(), leaveOut()],
	build: {
		// Runs after `astro build`, which empties dist/: add to it, never empty it.
		outDir: 'dist',
		emptyOutDir: false,
		assetsDir: '_astro',
		// Just above Decap's own size (docs/performance.md, "The CMS"): say so when it grows.
		chunkSizeWarningLimit: 2400,
		// Gzip sizes are for npm run bench to report; the build need not spend time on them.
		reportCompressedSize: false,
		rolldownOptions: {
			input: { cms: fileURLToPath(new URL('index.html', import.meta.url)) },
			onLog(level, log, defaultHandler) {
				if (dependencyNotices.has(log.code ?? '') && log.id?.includes('/node_modules/')) return;
				defaultHandler(level, log);
			},
		},
	},
}));
