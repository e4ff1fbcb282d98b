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
	plugins: [adminPolicyMeta()],
	build: {
		// Runs after `astro build`, which empties dist/: add to it, never empty it.
		outDir: 'dist',
		emptyOutDir: false,
		assetsDir: '_astro',
		// Decap is about 3.6 MB minified (1 MB gzip).
		chunkSizeWarningLimit: 3700,
		rolldownOptions: {
			input: { cms: fileURLToPath(new URL('index.html', import.meta.url)) },
			onLog(level, log, defaultHandler) {
				if (dependencyNotices.has(log.code ?? '') && log.id?.includes('/node_modules/')) return;
				defaultHandler(level, log);
			},
		},
	},
}));
