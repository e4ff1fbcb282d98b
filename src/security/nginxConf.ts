import { adminPolicy, headerPolicy } from './contentSecurityPolicy.ts';
import { adminHeaders, cacheControl, securityHeaders } from './headers.ts';

/**
 * The nginx variable the including server block sets to the form handler's origin(s), space
 * separated (`set $mentor_form_origins "https://formspree.io";`): the one value that depends on
 * the build, so the committed file does not. nginx refuses to start if it is never set.
 */
export const formOriginsVariable = '$mentor_form_origins';

/** Pagefind's own file types, which nginx's mime.types does not know. */
export const pagefindTypes: Record<string, string> = {
	// The index and fragments are gzip-compressed data Pagefind decompresses itself.
	pf_meta: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
	// wasm.<language>.pagefind: its WebAssembly, also compressed.
	pagefind: 'application/octet-stream',
};

/** Text worth compressing (nginx always compresses text/html once gzip is on). */
export const gzipTypes = [
	'text/css',
	'text/plain',
	'text/xml',
	'text/csv',
	'text/javascript',
	'application/javascript',
	'application/json',
	'application/xml',
	'application/rss+xml',
	'application/manifest+json',
	'image/svg+xml',
];

/**
 * `deploy/nginx/mentor-network.conf`: the directives that go inside a `server { }` block, from the
 * same definition as `_headers` (headers.ts). nginx drops inherited `add_header` lines in a block
 * that has its own, so every block repeats the full set.
 */
export function nginxConf(): string {
	const site = {
		...securityHeaders,
		'Content-Security-Policy': headerPolicy([formOriginsVariable]),
	};
	const admin = {
		...securityHeaders,
		'Content-Security-Policy': adminPolicy(undefined),
		...adminHeaders,
	};
	const headers = (all: Record<string, string>, indent = '') =>
		Object.entries(all).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
	const location = (path: string, all: Record<string, string>, body: string[] = []) => [
		`location ${path} {`,
		...headers(all, '\t'),
		...body.map((line) => `\t${line}`),
		'}',
	];
	return `${[
		'# Generated from src/security/headers.ts by `npm run deploy:nginx`: do not edit by hand.',
		'# Goes inside a server { } block that sets listen, server_name, TLS, root (dist/) and',
		`# set ${formOriginsVariable} "<the form handler's origin>";`,
		'',
		'server_tokens off;',
		'charset utf-8;',
		'absolute_redirect off;',
		'index index.html;',
		'',
		'# mime.types again, because a types block here replaces the inherited one.',
		'include mime.types;',
		'types {',
		...Object.entries(pagefindTypes).map(([extension, type]) => `\t${type} ${extension};`),
		'}',
		'',
		'gzip on;',
		'gzip_vary on;',
		'gzip_min_length 256;',
		`gzip_types ${gzipTypes.join(' ')};`,
		'',
		'# A static site answers GET and HEAD only; nginx refuses the rest.',
		'if ($request_method !~ ^(GET|HEAD)$) {',
		'\treturn 405;',
		'}',
		'',
		'# For answers made before a location is chosen (the 405 above).',
		...headers(site),
		'',
		'error_page 404 /404.html;',
		'',
		...location('/', { ...site, 'Cache-Control': cacheControl.html }, [
			'try_files $uri $uri/ =404;',
		]),
		'',
		'# Hashed build assets never change under the same name.',
		...location('/_astro/', { ...site, 'Cache-Control': cacheControl.immutable }, [
			'try_files $uri =404;',
		]),
		'',
		'# The CMS has its own policy (adminPolicy in contentSecurityPolicy.ts); it is not for search engines.',
		...location('/admin/', { ...admin, 'Cache-Control': cacheControl.html }, [
			'try_files $uri $uri/ =404;',
		]),
	].join('\n')}\n`;
}

/** Where the generated file is committed. */
export const nginxConfFile = new URL('../../deploy/nginx/mentor-network.conf', import.meta.url);

if (import.meta.main) {
	const { writeFile, mkdir } = await import('node:fs/promises');
	await mkdir(new URL('.', nginxConfFile), { recursive: true });
	await writeFile(nginxConfFile, nginxConf());
	console.log(`wrote ${nginxConfFile.pathname}`);
}
