/**
 * `npm run prerequisites` (the first step of `npm test`): what the tests need from the machine
 * beyond `npm install`. As root on Debian it installs whatever is missing with apt-get; anywhere
 * else it stops at once and names the one command that would install it, so a test never fails
 * an hour in with `spawnSync hunspell ENOENT`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

interface Prerequisite {
	/** The Debian package that brings it. */
	debian: string;
	/** Which tests need it, for the message. */
	neededBy: string;
	present: () => boolean;
	/** Installed without the package's recommended extras (LibreOffice would bring a desktop). */
	withoutRecommends?: boolean;
}

const onPath = (command: string) =>
	(process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));

const prerequisites: Prerequisite[] = [
	{
		debian: 'chromium',
		neededBy: 'the browser tests (CHROMIUM_PATH may name another Chromium)',
		present: () => existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
	},
	{
		debian: 'nginx',
		neededBy: 'the hosting tests (started by them, never as a service)',
		present: () => existsSync('/usr/sbin/nginx'),
	},
	{
		debian: 'openssl',
		neededBy: "the Observatory benchmark's certificate",
		present: () => onPath('openssl'),
	},
	{
		debian: 'ca-certificates',
		neededBy: "the Observatory benchmark's certificate",
		present: () => existsSync('/etc/ssl/certs/ca-certificates.crt'),
	},
	{
		debian: 'hunspell',
		neededBy: 'the spelling check over the built pages',
		present: () => onPath('hunspell'),
	},
	{
		debian: 'hunspell-da',
		neededBy: 'the Danish spelling check',
		present: () => existsSync('/usr/share/hunspell/da_DK.dic'),
	},
	{
		debian: 'hunspell-en-gb',
		neededBy: 'the English spelling check',
		present: () => existsSync('/usr/share/hunspell/en_GB.dic'),
	},
	{
		debian: 'poppler-utils',
		neededBy: "the printed fact sheet's PDF check (pdftotext, pdfinfo)",
		present: () => onPath('pdftotext') && onPath('pdfinfo'),
	},
	{
		debian: 'libreoffice-calc-nogui',
		neededBy: 'opening the figures CSV in a real spreadsheet',
		present: () => onPath('soffice'),
		withoutRecommends: true,
	},
	{
		debian: 'fonts-noto-core',
		neededBy: 'Arabic script in the right-to-left screenshot',
		present: () => {
			const dir = '/usr/share/fonts/truetype/noto';
			return existsSync(dir) && readdirSync(dir).some((name) => name.startsWith('NotoNaskhArabic'));
		},
	},
];

const missing = prerequisites.filter((item) => !item.present());
if (missing.length === 0) process.exit(0);

const plain = missing.filter((item) => !item.withoutRecommends).map((item) => item.debian);
const lean = missing.filter((item) => item.withoutRecommends).map((item) => item.debian);
const commands = [
	...(plain.length ? [`apt-get install -y ${plain.join(' ')}`] : []),
	...(lean.length ? [`apt-get install -y --no-install-recommends ${lean.join(' ')}`] : []),
];
const list = missing.map((item) => `  ${item.debian}: ${item.neededBy}`).join('\n');
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (!isRoot || !hasApt) {
	const sudo = isRoot ? '' : 'sudo ';
	console.error(
		`prerequisites: the tests need what this machine lacks:\n${list}\n` +
			(hasApt
				? `Run: ${sudo}apt-get update && ${commands.map((line) => sudo + line).join(' && ')}\n`
				: `Install these Debian packages' equivalents with your system's package manager.\n`),
	);
	process.exit(1);
}

console.log(`prerequisites: installing Debian's ${missing.map((item) => item.debian).join(', ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const command of ['apt-get update -qq', ...commands.map((line) => `${line} -qq`)]) {
	const run = spawnSync('sh', ['-c', command], { stdio: ['ignore', 'ignore', 'inherit'], env });
	if (run.status !== 0) {
		console.error(
			`prerequisites: \`${command}\` failed (exit ${run.status}); the tests cannot run.`,
		);
		process.exit(1);
	}
}
const still = missing.filter((item) => !item.present());
if (still.length) {
	console.error(
		`prerequisites: still missing after apt-get: ${still.map((i) => i.debian).join(', ')}`,
	);
	process.exit(1);
}
