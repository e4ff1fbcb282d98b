import { readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { defaultLocale, dir, isLocale, t, type Locale } from '../../i18n/locales.ts';
import { fieldErrors, submissionSchema } from '../submission.ts';
import {
	consentedAnswers,
	hiddenFields,
	minimumFillMs,
	submissionIdPattern,
} from '../formFields.ts';
import { routePath } from '../../routing/routes.ts';
import { receiverPagePolicy } from '../../security/contentSecurityPolicy.ts';

/**
 * The local form handler: speaks the same contract as the hosted services the site can post to.
 * A plain POST (urlencoded) is answered with a 303 to the form's `_next` address; a POST that asks for
 * JSON (`Accept: application/json`) gets `{ ok, errors? }`. Valid sign-ups are appended, one JSON object
 * per line, to a local file. It never redirects outside `allowedOrigins` and never lets a bad request
 * take it down.
 */
export interface ReceiverOptions {
	/** The JSON-lines file sign-ups are appended to. */
	file: string;
	/** Origins (`https://example.org`) allowed to post and to be redirected to. */
	allowedOrigins: readonly string[];
	/** The largest body accepted, in bytes. */
	maxBodyBytes?: number;
	/** Shortest believable fill time; see `minimumFillMs`. */
	minimumFillMs?: number;
	/** Where to report what happened (never the answers themselves). */
	log?: (message: string) => void;
}

/** The receiver's answer to a request it refuses. */
class Refusal extends Error {
	readonly status: number;
	readonly code: string;
	constructor(status: number, code: string) {
		super(code);
		this.status = status;
		this.code = code;
	}
}

export function createReceiver(options: ReceiverOptions): Server {
	const received = storedSubmissionIds(options.file);
	const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000 }, (req, res) => {
		handle(req, res, options, received).catch((error: unknown) => {
			options.log?.(`form: internal error: ${error instanceof Error ? error.message : error}`);
			if (!res.headersSent) send(res, 500, { ok: false, error: 'internal' });
			else res.destroy();
		});
	});
	// A malformed request line or headers must not throw; answer 400 and close.
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	return server;
}

/**
 * The submission ids already in the file, so a repeat is recognised across restarts too. A line that is
 * not ours (or a file that does not exist yet) simply adds none.
 */
function storedSubmissionIds(file: string): Set<string> {
	let text = '';
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return new Set();
	}
	const ids = text.split('\n').flatMap((line) => {
		try {
			const id: unknown = (JSON.parse(line) as { submission?: unknown }).submission;
			return typeof id === 'string' ? [id] : [];
		} catch {
			return [];
		}
	});
	return new Set(ids);
}

async function handle(
	req: IncomingMessage,
	res: ServerResponse,
	options: ReceiverOptions,
	received: Set<string>,
) {
	// `Origin: null` comes from pages with `Referrer-Policy: no-referrer` or from files: unknown, like none.
	const origin = req.headers.origin === 'null' ? undefined : req.headers.origin;
	const allowed = origin !== undefined && options.allowedOrigins.includes(origin);
	if (allowed) {
		// CORS for the enhanced submit from the site's own pages; other origins get no CORS headers.
		res.setHeader('Access-Control-Allow-Origin', origin);
		res.setHeader('Vary', 'Origin');
	}
	if (req.method === 'OPTIONS') {
		res.writeHead(allowed ? 204 : 403, {
			'Access-Control-Allow-Methods': 'POST',
			'Access-Control-Allow-Headers': 'Content-Type, Accept',
			'Access-Control-Max-Age': '600',
		});
		return res.end();
	}
	if (req.method === 'GET' && req.url === '/') {
		// A newcomer opening the address sees what it is; nothing received is ever served back.
		res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
		return res.end(
			`The Mentor Network's local form receiver. Sign-ups are appended to ${options.file}\n`,
		);
	}
	const wantsJson = (req.headers.accept ?? '').includes('application/json');
	try {
		if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
			throw new Refusal(req.method === 'POST' ? 404 : 405, 'not-found');
		}
		// Browsers send Origin with every POST: refuse forms on other sites (no header: a script or curl).
		if (origin !== undefined && !allowed) throw new Refusal(403, 'origin-not-allowed');
		const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
		if (type !== 'application/x-www-form-urlencoded') throw new Refusal(400, 'unsupported-type');
		const body = await readBody(req, options.maxBodyBytes ?? 64 * 1024);
		await receive(new URLSearchParams(body), wantsJson, res, options, received);
	} catch (error) {
		if (!(error instanceof Refusal)) throw error;
		options.log?.(`form: refused (${error.status} ${error.code})`);
		if (!res.headersSent) send(res, error.status, { ok: false, error: error.code });
		// Stop reading an oversize or unwanted body: the client has its answer.
		req.resume();
	}
}

async function receive(
	params: URLSearchParams,
	wantsJson: boolean,
	res: ServerResponse,
	options: ReceiverOptions,
	received: Set<string>,
) {
	const fields: Record<string, string> = Object.fromEntries(params);
	// Every field of ours has one value; a repeated name is not our form.
	if ([...params.keys()].length !== Object.keys(fields).length) throw new Refusal(400, 'malformed');
	const language: Locale = isLocale(fields.language) ? fields.language : defaultLocale;
	const next = fields[hiddenFields.redirect];
	if (next !== undefined && !isAllowedRedirect(next, options.allowedOrigins)) {
		throw new Refusal(400, 'redirect-not-allowed');
	}
	if (isSpam(fields, options.minimumFillMs ?? minimumFillMs)) {
		// Answer as if accepted, so a bot learns nothing; nothing is stored.
		options.log?.('form: discarded a submission that looked automated');
		return succeed(res, wantsJson, next, language);
	}
	// Without JavaScript there is no id; with one, it must be what the page's script makes.
	const submission = fields[hiddenFields.submission] || undefined;
	if (submission !== undefined && !submissionIdPattern.test(submission)) {
		throw new Refusal(400, 'malformed');
	}
	// A country without its own consent (a plain POST: no script asked her first) is never stored.
	const result = submissionSchema.safeParse(consentedAnswers(fields));
	if (!result.success) {
		const errors = fieldErrors(result.error);
		options.log?.(`form: refused (400 invalid: ${errors.map((e) => e.field).join(', ')})`);
		if (wantsJson) return send(res, 400, { ok: false, error: 'invalid', errors });
		const text = t(language, receiverString(fields.role, 'invalid'));
		return sendPage(res, 400, language, text, otherRoute(fields.role, language, next));
	}
	// Empty optional answers are not kept: store only what she gave.
	const data: Record<string, string | undefined> = result.data;
	const answers = Object.fromEntries(Object.entries(data).filter(([, value]) => value));
	if (submission !== undefined) {
		// She sent again after an answer that never reached her: it is here already, so say so, once.
		if (received.has(submission)) {
			options.log?.('form: a repeat of a submission already received; not stored again');
			return succeed(res, wantsJson, next, language, result.data.role);
		}
		// Taken before the write, so two copies arriving together are not both stored.
		received.add(submission);
	}
	const record = { receivedAt: new Date().toISOString(), submission, ...answers };
	try {
		await appendFile(options.file, `${JSON.stringify(record)}\n`, {
			encoding: 'utf8',
			mode: 0o600,
		});
	} catch (error) {
		// Not stored: a retry of it must be stored, not taken for a repeat.
		if (submission !== undefined) received.delete(submission);
		throw error;
	}
	const what = {
		mentee: 'mentee sign-up',
		mentor: 'mentor sign-up',
		question: 'question',
		callback: 'call-back request',
	}[result.data.role];
	options.log?.(`form: received a ${what} (${options.file})`);
	succeed(res, wantsJson, next, language, result.data.role);
}

/** A honeypot with anything in it, or a fill time too short (or forged) for a person. */
function isSpam(fields: Record<string, string>, minimumMs: number): boolean {
	if ((fields[hiddenFields.honeypot] ?? '') !== '') return true;
	const elapsed = fields[hiddenFields.elapsed];
	// Without JavaScript the page cannot measure the time: accept, so no person is refused.
	if (elapsed === undefined || elapsed === '') return false;
	return !/^\d{1,12}$/.test(elapsed) || Number(elapsed) < minimumMs;
}

/** True when `next` is an absolute http(s) URL on one of the allowed origins: never an open redirect. */
export function isAllowedRedirect(next: string, allowedOrigins: readonly string[]): boolean {
	if (!URL.canParse(next)) return false;
	const url = new URL(next);
	return /^https?:$/.test(url.protocol) && allowedOrigins.includes(url.origin);
}

/** The page's words for a plain POST's answer: a question or a call-back request is not a sign-up. */
function receiverString(form: string | undefined, outcome: 'invalid' | 'received') {
	if (form === 'question') return `contact.receiver.${outcome}` as const;
	if (form === 'callback') return `callback.receiver.${outcome}` as const;
	return `signup.receiver.${outcome}` as const;
}

function succeed(
	res: ServerResponse,
	wantsJson: boolean,
	next: string | undefined,
	lang: Locale,
	form?: string,
) {
	if (wantsJson) return send(res, 200, { ok: true, next });
	if (next) {
		res.writeHead(303, { Location: next, 'Content-Length': 0 });
		return res.end();
	}
	sendPage(res, 200, lang, t(lang, receiverString(form, 'received')));
}

function send(res: ServerResponse, status: number, body: object) {
	const json = JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(json),
		'Cache-Control': 'no-store',
	});
	res.end(json);
}

/**
 * The other way to reach the network, as the page's failure message names it (OtherRoute.astro): on
 * the contact page of the site she came from (`_next`'s origin, already checked), so a plain POST that
 * was refused does not leave her with only the form that refused it.
 */
function otherRoute(form: string | undefined, lang: Locale, next: string | undefined) {
	if (next === undefined) return undefined;
	const contact = routePath({ locale: lang, page: 'contact' });
	const [hash, key] =
		form === 'callback'
			? (['#question', 'contact.useForm'] as const)
			: (['#callback', 'form.otherRoute.callback'] as const);
	return { href: new URL(`${contact}${hash}`, next).href, text: t(lang, key) };
}

/** A minimal page for a plain POST that cannot be redirected; its words are our own strings. */
function sendPage(
	res: ServerResponse,
	status: number,
	lang: Locale,
	text: string,
	link?: { href: string; text: string },
) {
	const other = link
		? `<p>${t(lang, 'form.otherRoute')} <a href="${link.href}">${link.text}</a></p>`
		: '';
	const html = `<!doctype html><html lang="${lang}"${dir(lang) === 'rtl' ? ' dir="rtl"' : ''}><meta charset="utf-8"><title>${text}</title><p>${text}</p>${other}</html>`;
	res.writeHead(status, {
		'Content-Type': 'text/html; charset=utf-8',
		'Content-Length': Buffer.byteLength(html),
		'Content-Security-Policy': receiverPagePolicy,
		'Cache-Control': 'no-store',
	});
	res.end(html);
}

/** The request body as text, refusing bodies over `limit` bytes or not valid UTF-8. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
	if (Number(req.headers['content-length'] ?? 0) > limit) {
		return Promise.reject(new Refusal(400, 'too-large'));
	}
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		// Past the limit, keep reading but drop the bytes, so the client gets its 400 rather than a reset.
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limit) chunks.push(chunk);
		});
		req.on('error', reject);
		req.on('end', () => {
			if (size > limit) return reject(new Refusal(400, 'too-large'));
			try {
				resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
			} catch {
				reject(new Refusal(400, 'malformed'));
			}
		});
	});
}
