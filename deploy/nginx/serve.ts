import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The generated directives this folder ships (see src/security/nginxConf.ts). */
export const deployConf = fileURLToPath(new URL('mentor-network.conf', import.meta.url));

/** Debian's nginx, or NGINX_PATH. */
export function nginxPath(): string | undefined {
	const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];
	return candidates.find((path): path is string => !!path && existsSync(path));
}

export interface NginxOptions {
	/** The folder served: dist/. */
	root: string;
	/** Space-separated origins for `$mentor_form_origins` (form-action besides 'self'). */
	formOrigins: string;
	/** Address and port to listen on; port 0 takes a free one. */
	host?: string;
	port?: number;
	/** The directives included in the server block: the deploy file unless told otherwise. */
	directives?: string;
	/** Also serve HTTPS on this port with this certificate, and redirect HTTP to it. */
	tls?: { port: number; cert: string; key: string };
}

export interface RunningNginx {
	origin: string;
	/** The whole configuration nginx was started with. */
	conf: string;
	stop(): Promise<void>;
}

/** A port nobody listens on at this moment (nginx takes it right after). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve, reject) =>
		server.once('error', reject).listen(0, host, () => resolve()),
	);
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/**
 * Starts nginx in the foreground (`daemon off`), as a plain child process with its own prefix,
 * configuration, pid file and temporary folders in a fresh temporary folder: never the system
 * service. The server block is the one docs/deploying.md shows around
 * `deploy/nginx/mentor-network.conf`.
 */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
	const nginx = nginxPath();
	if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
	const host = options.host ?? '127.0.0.1';
	const port = options.port || (await freePort(host));
	const prefix = await mkdtemp(join(tmpdir(), 'mentor-network-nginx-'));
	// The deploy file includes mime.types relative to the configuration's folder, as in /etc/nginx/.
	await copyFile(mimeTypes(), join(prefix, 'mime.types'));
	const site = (listen: string, extra: string[] = []) => [
		'\tserver {',
		`\t\tlisten ${listen};`,
		'\t\tserver_name localhost;',
		...extra.map((line) => `\t\t${line}`),
		`\t\troot ${options.root};`,
		`\t\tset $mentor_form_origins "${options.formOrigins}";`,
		`\t\tinclude ${options.directives ?? deployConf};`,
		'\t}',
	];
	const servers = options.tls
		? [
				...site(`${host}:${options.tls.port} ssl`, [
					`ssl_certificate ${options.tls.cert};`,
					`ssl_certificate_key ${options.tls.key};`,
				]),
				'\tserver {',
				`\t\tlisten ${host}:${port};`,
				`\t\treturn 301 https://$host${options.tls.port === 443 ? '' : `:${options.tls.port}`}$request_uri;`,
				'\t}',
			]
		: site(`${host}:${port}`);
	const conf = [
		// As root, the workers would otherwise drop to `nobody`, who may not read the working copy.
		...(process.getuid?.() === 0 ? ['user root;'] : []),
		'worker_processes 1;',
		`pid ${join(prefix, 'nginx.pid')};`,
		`error_log ${join(prefix, 'error.log')} warn;`,
		'events { worker_connections 256; }',
		'http {',
		'\taccess_log off;',
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
			(kind) => `\t${kind}_temp_path ${join(prefix, kind)};`,
		),
		...servers,
		'}',
		'',
	].join('\n');
	const confFile = join(prefix, 'nginx.conf');
	await writeFile(confFile, conf);
	const test = spawnSync(nginx, ['-p', prefix, '-c', confFile, '-t', '-q'], { encoding: 'utf8' });
	if (test.status !== 0) throw new Error(`nginx refused its configuration:\n${test.stderr}`);
	const child = spawn(nginx, ['-p', prefix, '-c', confFile, '-g', 'daemon off;'], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	const origin = options.tls
		? `https://${host}${options.tls.port === 443 ? '' : `:${options.tls.port}`}`
		: `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
	await waitForPort(host, port, child);
	return {
		origin,
		conf,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGQUIT');
				await exited;
			}
			await rm(prefix, { recursive: true, force: true });
		},
	};
}

function mimeTypes(): string {
	const file = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find(existsSync);
	if (!file) throw new Error("nginx's mime.types not found");
	return file;
}

async function waitForPort(host: string, port: number, child: ChildProcess): Promise<void> {
	const { connect } = await import('node:net');
	for (let attempt = 0; attempt < 100; attempt++) {
		if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, host)
				.once('connect', () => {
					socket.destroy();
					resolve(true);
				})
				.once('error', () => resolve(false));
			socket.unref();
			setTimeout(() => socket.destroy(), 500);
		});
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`nginx did not listen on ${host}:${port}`);
}

/**
 * The origins the build allowed in `form-action` besides 'self', read back from its `_headers`
 * (the same value PUBLIC_FORM_ACTION or the settings gave the build).
 */
export function builtFormOrigins(root: string): string[] {
	const headers = readFileSync(join(root, '_headers'), 'utf8');
	const formAction = headers.match(/form-action 'self'([^;\n]*)/)?.[1] ?? '';
	return formAction.split(' ').filter(Boolean);
}

/**
 * `npm run preview`: serves dist/ with nginx and the deploy file, as production does, at
 * http://localhost:4321/ (`--port`, `--host`, `--root`; `--extra-form-origins` adds origins to the
 * header's form-action). Without nginx it falls back to `astro preview`, which sends none of the
 * production headers, and says so.
 */
async function main() {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4321' },
			host: { type: 'string', default: '127.0.0.1' },
			root: { type: 'string', default: 'dist' },
			'extra-form-origins': { type: 'string', default: '' },
		},
	});
	const root = resolve(values.root);
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`preview: ${root} has no built site: run \`npm run build\` first`);
		process.exit(1);
	}
	if (!nginxPath()) {
		console.warn(
			'preview: nginx is not installed (Debian: apt-get install nginx), so this is `astro preview`:\n' +
				"preview: it sends none of production's headers (CSP, HSTS, caching) and its own 404.",
		);
		const astro = spawn(
			process.execPath,
			[
				fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url)),
				'preview',
				'--host',
				values.host,
				'--port',
				values.port,
			],
			{ stdio: 'inherit' },
		);
		astro.on('exit', (code) => process.exit(code ?? 1));
		return;
	}
	const formOrigins = [...builtFormOrigins(root), ...values['extra-form-origins'].split(' ')];
	const nginx = await startNginx({
		root,
		host: values.host,
		port: Number(values.port),
		formOrigins: formOrigins.filter(Boolean).join(' '),
	});
	console.log(
		`preview: nginx serves ${root} at ${nginx.origin}/ with deploy/nginx/mentor-network.conf`,
	);
	const stop = () => void nginx.stop().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

if (import.meta.main) await main();
