import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxPath, startNginx } from '../../deploy/nginx/serve.ts';
import { installInto } from '../helpers/cachedInstall.ts';
import { projectCopy } from '../helpers/projectCopy.ts';
import type { Report } from './report.ts';

/** MDN's HTTP Observatory scanner, from npm; pinned so the grades of two runs compare. */
const observatoryPackage = '@mdn/mdn-http-observatory@1.4.8';
const observatoryHome = join(homedir(), '.cache', 'mentor-network-observatory');
const observatoryDir = join(observatoryHome, 'node_modules/@mdn/mdn-http-observatory');
/** Where the scanner's bin (bin/wrapper.js) points NODE_EXTRA_CA_CERTS. */
const caBundle = join(
	observatoryHome,
	'node_modules/node_extra_ca_certs_mozilla_bundle/ca_bundle/ca_intermediate_bundle.pem',
);
const debianBundle = '/etc/ssl/certs/ca-certificates.crt';

/** A production build's form handler: an https origin, as PUBLIC_FORM_ACTION must be when deployed. */
const productionFormAction = 'https://forms.example.org/f/mentor-network';

function progress(message: string) {
	process.stderr.write(`bench: ${message}\n`);
}

/**
 * Installs the scanner with its install scripts off: they download a CA bundle, Chromium's HSTS
 * preload list and IANA's TLD list, and this machine reaches only package registries. What they
 * would fetch is given locally instead: the CA bundle is Debian's plus the test's own CA (written
 * per run), and the preload list is empty, which changes nothing for the scanned host (a loopback
 * address is on no preload list); the TLD list is read only by its web API, not by a scan.
 */
function installObservatory() {
	if (!existsSync(join(observatoryDir, 'bin/wrapper.js'))) {
		installInto(observatoryHome, observatoryPackage, progress);
	}
	const preload = join(observatoryDir, 'conf/hsts-preload.json');
	if (!existsSync(preload)) writeFileSync(preload, '{}\n');
}

/** A CA and a certificate for `ip` signed by it, made with openssl in `dir`. */
function makeCertificate(dir: string, ip: string) {
	const openssl = (...args: string[]) => {
		const run = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
		if (run.status !== 0) throw new Error(`openssl ${args[0]} failed:\n${run.stderr}`);
	};
	openssl(
		...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
		...['-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Mentor Network test CA'],
		...['-addext', 'basicConstraints=critical,CA:TRUE'],
		...['-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
	);
	openssl(
		...['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr'],
		...['-subj', `/CN=${ip}`],
	);
	writeFileSync(
		join(dir, 'server.ext'),
		`subjectAltName=IP:${ip}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`,
	);
	openssl(
		...['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key'],
		...['-CAcreateserial', '-days', '1', '-out', 'server.pem', '-extfile', 'server.ext'],
	);
	return { ca: join(dir, 'ca.pem'), cert: join(dir, 'server.pem'), key: join(dir, 'server.key') };
}

/**
 * A loopback address with ports 80 and 443 free: the scanner takes a host name only and always
 * asks http://host/ and https://host/, so each run gets an address of its own in 127.0.0.0/8.
 */
async function freeLoopback(): Promise<string> {
	for (let attempt = 0; attempt < 20; attempt++) {
		const ip = `127.0.${1 + Math.floor(Math.random() * 254)}.${2 + Math.floor(Math.random() * 253)}`;
		const free = await Promise.all([80, 443].map((port) => canListen(ip, port)));
		if (free.every(Boolean)) return ip;
	}
	throw new Error('no loopback address with ports 80 and 443 free');
}

async function canListen(host: string, port: number): Promise<boolean> {
	const server = createServer();
	return new Promise((resolve) => {
		server.once('error', () => resolve(false));
		server.listen(port, host, () => server.close(() => resolve(true)));
	});
}

interface Scan {
	scan: { grade: string; score: number; testsPassed: number; testsQuantity: number };
	tests: Record<string, { result: string; pass: boolean; scoreModifier: number }>;
}

function runScanner(host: string): Scan {
	const run = spawnSync(process.execPath, [join(observatoryDir, 'bin/wrapper.js'), host], {
		encoding: 'utf8',
		env: { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env.PATH}` },
	});
	const result = JSON.parse(run.stdout || '{}') as Scan & { error?: string };
	if (run.status !== 0 || result.error) {
		throw new Error(`the Observatory scan failed: ${result.error ?? run.stderr}`);
	}
	return result;
}

/**
 * MDN HTTP Observatory's grade for the site as nginx serves it with the deploy file, over TLS with
 * a certificate from a CA made for the run; baseline: the same nginx and files without the deploy
 * file (nginx's defaults). The site is a production build (https form handler) in a project copy.
 */
export async function observatoryBenchmark(): Promise<Report[]> {
	const title = "MDN HTTP Observatory: the site on nginx, over TLS (the scanner's own grade)";
	const columns = [
		'served with',
		'grade',
		'score',
		'tests passed',
		'tests that cost or earn points',
	];
	const cannot = (why: string): Report[] => [
		{ title, columns, rows: [], notes: [`Not measured: ${why}`] },
	];
	if (!nginxPath()) return cannot('nginx is not installed (apt-get install nginx).');
	if (process.getuid?.() !== 0) {
		return cannot('the scanner asks ports 80 and 443 only, which need root to listen on.');
	}
	if (!existsSync(debianBundle)) return cannot(`${debianBundle} is missing (ca-certificates).`);
	installObservatory();
	progress('observatory: building the site as for production');
	const copy = projectCopy();
	const work = mkdtempSync(join(tmpdir(), 'mentor-observatory-'));
	try {
		const build = copy.npm('build', { PUBLIC_FORM_ACTION: productionFormAction });
		if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
		const ip = await freeLoopback();
		const tls = makeCertificate(work, ip);
		mkdirSync(join(caBundle, '..'), { recursive: true });
		writeFileSync(
			caBundle,
			`${readFileSync(debianBundle, 'utf8')}\n${readFileSync(tls.ca, 'utf8')}`,
		);
		const empty = join(work, 'nginx-defaults.conf');
		writeFileSync(empty, '# nginx defaults: no directives of ours\n');
		const rows: string[][] = [];
		for (const [label, directives] of [
			['nginx defaults, TLS (baseline)', empty],
			['deploy/nginx/mentor-network.conf', undefined],
		] as const) {
			const nginx = await startNginx({
				root: join(copy.dir, 'dist'),
				formOrigins: new URL(productionFormAction).origin,
				host: ip,
				port: 80,
				tls: { port: 443, ...tls },
				directives,
			});
			try {
				progress(`observatory: scanning ${nginx.origin} (${label})`);
				const { scan, tests } = runScanner(ip);
				const scored = Object.values(tests)
					.filter((test) => test.scoreModifier !== 0)
					.map(
						(test) => `${test.result} ${test.scoreModifier > 0 ? '+' : ''}${test.scoreModifier}`,
					);
				rows.push([
					label,
					scan.grade,
					String(scan.score),
					`${scan.testsPassed}/${scan.testsQuantity}`,
					scored.join(', ') || 'none',
				]);
			} finally {
				await nginx.stop();
			}
		}
		return [
			{
				title,
				columns,
				rows,
				notes: [
					`Scanner: ${observatoryPackage} (npm, install scripts off), its CLI run on a loopback address`,
					'with ports 80 (redirects to HTTPS) and 443; the certificate is made per run by openssl, from a',
					"CA added to the scanner's CA bundle (Debian's bundle plus that CA). Site: `npm run build` with",
					`PUBLIC_FORM_ACTION=${productionFormAction}. An empty HSTS preload list: preloading would add +5`,
					'for a preloaded domain, which a loopback address cannot be.',
				],
			},
		];
	} finally {
		copy.remove();
		rmSync(work, { recursive: true, force: true });
	}
}
