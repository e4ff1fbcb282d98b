import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReceiver } from '../../src/forms/receiver/receiver.ts';
import { fieldErrors, submissionSchema } from '../../src/forms/submission.ts';
import { locales } from '../../src/i18n/locales.ts';
import {
	callLanguages,
	elsewhereOffice,
	formErrors,
	type FormKind,
} from '../../src/forms/formFields.ts';

const site = 'https://mentor.example';
const thanks = `${site}/tilmeld/tak/`;
const mentor = {
	role: 'mentor',
	language: 'da',
	name: 'Hanne',
	email: 'hanne@example.com',
	office: 'koebenhavn',
	profession: 'Projektleder',
	sector: 'Byggeri',
	motivation: 'Jeg vil åbne mit netværk.',
	availability: 'To timer om måneden',
	consent: 'yes',
};
const question = {
	role: 'question',
	language: 'en',
	name: 'Amal',
	email: 'amal@example.com',
	question: 'Kan jeg være mentee, hvis jeg bor i Aalborg?',
	consent: 'yes',
};
/** A call-back request from the contact page: a phone number and no e-mail. */
const callback = {
	role: 'callback',
	language: 'ar',
	name: 'أمل',
	phone: '+٤٥ ١٢ ٣٤ ٥٦ ٧٨',
	callLanguage: 'ar',
	callTime: 'afternoon',
	consent: 'yes',
};

let file: string;
let base: string;
let receiver: Server;

/** Lines stored so far. */
function stored(): Record<string, string>[] {
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line));
}

function post(
	body: string | Uint8Array | Record<string, string>,
	headers: Record<string, string> = {},
) {
	return fetch(base, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
		body:
			typeof body === 'string' || body instanceof Uint8Array
				? (body as BodyInit)
				: new URLSearchParams(body).toString(),
	});
}

// The real server on an ephemeral port, with a fresh file, for each test.
beforeEach(async () => {
	file = join(mkdtempSync(join(tmpdir(), 'form-receiver-')), 'submissions.jsonl');
	receiver = createReceiver({ file, allowedOrigins: [site] });
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
});

afterEach(() => {
	receiver.closeAllConnections();
	receiver.close();
});

describe('form receiver', () => {
	it('stores a plain POST and redirects to the confirmation page (303)', async () => {
		const response = await post({ ...mentor, _next: thanks }, { Origin: site });
		assert.equal(response.status, 303);
		assert.equal(response.headers.get('location'), thanks);
		const [record] = stored();
		assert.ok(record?.receivedAt);
		const { receivedAt: _, ...answers } = record!;
		assert.deepEqual(answers, mentor);
	});

	it('answers JSON when asked, with CORS for the site only', async () => {
		const response = await post(mentor, { Accept: 'application/json', Origin: site });
		assert.equal(response.status, 200);
		assert.equal(response.headers.get('access-control-allow-origin'), site);
		assert.deepEqual(await response.json(), { ok: true });
		const preflight = await fetch(base, { method: 'OPTIONS', headers: { Origin: site } });
		assert.equal(preflight.status, 204);
		assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Accept/);
	});

	it('lists each field with a problem, in JSON or as a page in her language', async () => {
		const bad = { ...mentor, name: '', email: 'not-an-email', motivation: 'x'.repeat(2001) };
		const { consent: _, ...noConsent } = bad;
		const response = await post(noConsent, { Accept: 'application/json' });
		assert.equal(response.status, 400);
		assert.deepEqual((await response.json()).errors, [
			{ field: 'name', problem: 'required' },
			{ field: 'email', problem: 'invalid' },
			{ field: 'motivation', problem: 'tooLong' },
			{ field: 'consent', problem: 'required' },
		]);
		const page = await post({ ...noConsent, language: 'en' });
		assert.equal(page.status, 400);
		assert.match(await page.text(), /<html lang="en">.*Some answers need to be corrected/);
		assert.deepEqual(stored(), []);
	});

	it('accepts `language` only from the site’s languages, and answers her in hers', async () => {
		const mentee = {
			role: 'mentee',
			language: 'ar',
			name: 'أمل',
			email: 'amal@example.com',
			office: 'fyn',
			education: 'ممرضة',
			profession: 'التمريض',
			goals: 'أريد أن أعمل في مستشفى.',
			contactLanguage: 'da',
			consent: 'yes',
		};
		const accepted = await post(mentee, { Accept: 'application/json' });
		assert.equal(accepted.status, 200);
		assert.equal(stored()[0]?.language, 'ar');
		assert.equal(stored()[0]?.goals, mentee.goals);
		for (const language of ['xx', 'de', 'AR', '']) {
			const refused = await post({ ...mentee, language }, { Accept: 'application/json' });
			assert.equal(refused.status, 400, language);
			assert.deepEqual((await refused.json()).errors, [{ field: 'language', problem: 'invalid' }]);
		}
		assert.equal(stored().length, 1);
		const page = await post({ ...mentee, email: 'no' });
		assert.match(await page.text(), /<html lang="ar" dir="rtl">.*بعض الإجابات/);
	});

	it('keeps script and HTML as the text she wrote', async () => {
		const markup = '<script>alert(1)</script><b>"bold"</b>';
		await post({ ...mentor, motivation: markup }, { Accept: 'application/json' });
		assert.equal(stored()[0]?.motivation, markup);
	});

	it('never redirects to another site', async () => {
		for (const next of ['https://evil.example/', '//evil.example/', 'javascript:alert(1)']) {
			const response = await post({ ...mentor, _next: next });
			assert.equal(response.status, 400, next);
		}
		assert.deepEqual(stored(), []);
	});

	it('refuses malformed, oversize and wrongly typed bodies with 400', async () => {
		const cases: [string, Promise<Response>][] = [
			['text/plain', post('name=x', { 'Content-Type': 'text/plain' })],
			['JSON', post(JSON.stringify(mentor), { 'Content-Type': 'application/json' })],
			['no role', post('hello world')],
			['repeated field', post(`${new URLSearchParams(mentor)}&name=Other`)],
			['invalid UTF-8', post(Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff]))],
			['oversize', post({ ...mentor, motivation: 'x'.repeat(100_000) })],
		];
		for (const [name, request] of cases) assert.equal((await request).status, 400, name);
		assert.deepEqual(stored(), []);
	});

	it('refuses posts from other sites and other methods, but not from an unknown origin', async () => {
		assert.equal((await post(mentor, { Origin: 'https://evil.example' })).status, 403);
		// A page with a strict referrer policy sends `Origin: null`: not a reason to refuse a person.
		assert.equal((await post(mentor, { Origin: 'null' })).status, 200);
		assert.equal(stored().length, 1);
		assert.equal((await fetch(base, { method: 'PUT', body: 'x' })).status, 405);
		assert.equal(stored().length, 1);
	});

	it('answers a bot as if accepted but stores nothing', async () => {
		const honeypot = await post({ ...mentor, _gotcha: 'x', _next: thanks });
		assert.equal(honeypot.status, 303);
		const tooFast = await post({ ...mentor, _elapsed: '800' }, { Accept: 'application/json' });
		assert.deepEqual(await tooFast.json(), { ok: true });
		const forged = await post({ ...mentor, _elapsed: 'a while' }, { Accept: 'application/json' });
		assert.equal(forged.status, 200);
		assert.deepEqual(stored(), []);
		// A person who took her time is stored; without JavaScript there is no start time at all.
		await post({ ...mentor, _elapsed: '60000' });
		await post(mentor);
		assert.equal(stored().length, 2);
	});

	it('takes a question from the contact page with the same contract, and words its page as one', async () => {
		const asked = `${site}/en/contact/thank-you/`;
		const response = await post({ ...question, _next: asked }, { Origin: site });
		assert.equal(response.status, 303);
		assert.equal(response.headers.get('location'), asked);
		const { receivedAt: _, ...answers } = stored()[0]!;
		assert.deepEqual(answers, question);
		const { consent: _c, ...noConsent } = question;
		const json = await post({ ...noConsent, question: ' ' }, { Accept: 'application/json' });
		assert.deepEqual((await json.json()).errors, [
			{ field: 'question', problem: 'required' },
			{ field: 'consent', problem: 'required' },
		]);
		const page = await post(noConsent);
		assert.match(await page.text(), /your question has not been sent/);
		// A question is not a sign-up: sign-up fields it does not ask for are dropped, never stored.
		await post({ ...question, office: 'koebenhavn' }, { Accept: 'application/json' });
		assert.equal(stored()[1]?.office, undefined);
		assert.equal(stored().length, 2);
	});

	it('takes »I live elsewhere in Denmark« with or without a postcode, and refuses a bad postcode', async () => {
		const elsewhere = { ...mentor, office: elsewhereOffice };
		assert.equal((await post(elsewhere)).status, 200);
		assert.equal((await post({ ...elsewhere, postcode: '9000' })).status, 200);
		assert.deepEqual(
			stored().map((r) => [r.office, r.postcode]),
			[
				[elsewhereOffice, undefined],
				[elsewhereOffice, '9000'],
			],
		);
		for (const postcode of ['900', '90000', 'DK-9000', '９０００']) {
			const response = await post({ ...elsewhere, postcode }, { Accept: 'application/json' });
			assert.equal(response.status, 400, postcode);
			assert.equal((await response.json()).errors[0].field, 'postcode', postcode);
		}
		assert.equal(stored().length, 2);
	});

	it('takes postcode and phone in Arabic-Indic and Persian digits and stores them as ASCII', async () => {
		const arabic = { ...mentor, postcode: '٥٠٠٠', phone: '+٤٥ ١٢ ٣٤ ٥٦ ٧٨' };
		const persian = { ...mentor, postcode: '۵۰۰۰', phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹' };
		assert.equal((await post(arabic)).status, 200);
		assert.equal((await post(persian)).status, 200);
		assert.deepEqual(
			stored().map((r) => [r.postcode, r.phone]),
			[
				['5000', '+45 12 34 56 78'],
				['5000', '0912 345 6789'],
			],
		);
	});

	it('stores a submission id once and answers a repeat as received, also after a restart', async () => {
		const id = '0123456789abcdef0123456789abcdef';
		const once = { ...mentor, _submission: id, _next: thanks };
		assert.equal((await post(once, { Origin: site })).status, 303);
		const again = await post(once, { Origin: site, Accept: 'application/json' });
		assert.equal(again.status, 200);
		assert.equal((await again.json()).ok, true);
		assert.equal((await post(once, { Origin: site })).status, 303);
		assert.deepEqual(
			stored().map((r) => r.submission),
			[id],
		);
		// Another sign-up, and one without an id (JavaScript off), are each stored.
		await post({ ...mentor, _submission: 'fedcba9876543210fedcba9876543210' });
		await post(mentor);
		assert.equal(stored().length, 3);
		// A new receiver over the same file still knows the id.
		const second = createReceiver({ file, allowedOrigins: [site] });
		await new Promise<void>((resolve) => second.listen(0, '127.0.0.1', resolve));
		const port = (second.address() as AddressInfo).port;
		const afterRestart = await fetch(`http://127.0.0.1:${port}/`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ ...mentor, _submission: id }).toString(),
		});
		second.closeAllConnections();
		second.close();
		assert.equal(afterRestart.status, 200);
		assert.equal(stored().length, 3);
		// An id the page's script could not have made is refused, and nothing is stored.
		assert.equal((await post({ ...mentor, _submission: 'x' })).status, 400);
		assert.equal(stored().length, 3);
	});

	it('stores the country of background only with its own consent', async () => {
		const mentee = {
			role: 'mentee',
			language: 'da',
			name: 'Amal',
			email: 'amal@example.com',
			office: 'koebenhavn',
			education: 'Civilingeniør',
			profession: 'Ingeniør',
			goals: 'Et job i Danmark',
			contactLanguage: 'da',
			consent: 'yes',
			country: 'Irak',
		};
		assert.equal((await post(mentee)).status, 200);
		assert.equal((await post({ ...mentee, countryConsent: 'yes' })).status, 200);
		assert.deepEqual(
			stored().map((r) => [r.country, r.countryConsent]),
			[
				[undefined, undefined],
				['Irak', 'yes'],
			],
		);
	});

	it('stores a call-back request with a phone number and no e-mail, its digits in ASCII', async () => {
		const called = `${site}/ar/contact/thank-you/`;
		const response = await post({ ...callback, _next: called }, { Origin: site });
		assert.equal(response.status, 303);
		assert.equal(response.headers.get('location'), called);
		const { receivedAt: _, ...answers } = stored()[0]!;
		assert.deepEqual(answers, { ...callback, phone: '+45 12 34 56 78' });
		// An e-mail, when she gives one, is kept; a question's field is not a call-back's, and is dropped.
		const withEmail = { ...callback, email: 'amal@example.com', question: 'Hej' };
		assert.equal((await post(withEmail, { Accept: 'application/json' })).status, 200);
		assert.deepEqual([stored()[1]?.email, stored()[1]?.question], ['amal@example.com', undefined]);
	});

	it('refuses a call-back request without a usable phone number, language or time, with 400', async () => {
		const { phone: _, ...noPhone } = callback;
		const cases: [Record<string, string>, { field: string; problem: string }[]][] = [
			[noPhone, [{ field: 'phone', problem: 'required' }]],
			[{ ...callback, phone: '12 34' }, [{ field: 'phone', problem: 'invalid' }]],
			[{ ...callback, phone: 'call me' }, [{ field: 'phone', problem: 'invalid' }]],
			[{ ...callback, phone: '1'.repeat(31) }, [{ field: 'phone', problem: 'tooLong' }]],
			[{ ...callback, callLanguage: 'de' }, [{ field: 'callLanguage', problem: 'invalid' }]],
			[{ ...callback, callTime: 'midnight' }, [{ field: 'callTime', problem: 'invalid' }]],
			[{ ...callback, email: 'amal' }, [{ field: 'email', problem: 'invalid' }]],
		];
		for (const [body, errors] of cases) {
			const response = await post(body, { Accept: 'application/json' });
			assert.equal(response.status, 400, JSON.stringify(body));
			assert.deepEqual((await response.json()).errors, errors, JSON.stringify(body));
		}
		// As a plain POST, the page says in her language that her number was not sent, and names the
		// other route: writing, on the contact page of the site she came from.
		const page = await post({ ...noPhone, _next: `${site}/ar/contact/thank-you/` });
		assert.equal(page.status, 400);
		const html = await page.text();
		assert.match(html, /<html lang="ar" dir="rtl">.*لم يُرسَل رقمك/);
		assert.match(html, new RegExp(`<a href="${site}/ar/contact/#question">`));
		// A refused sign-up's page names the call-back request.
		const { name: _n, ...nameless } = mentor;
		const signup = await post({ ...nameless, _next: thanks });
		assert.match(await signup.text(), new RegExp(`<a href="${site}/kontakt/#callback">Bed om`));
		assert.deepEqual(stored(), []);
	});

	it('survives a broken request and keeps answering', async () => {
		const { port } = receiver.address() as AddressInfo;
		const reply = await new Promise<string>((resolve) => {
			const socket = connect(port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
			let text = '';
			socket.on('data', (chunk) => (text += chunk));
			socket.on('close', () => resolve(text));
		});
		assert.match(reply, /^HTTP\/1\.1 400/);
		assert.equal((await post(mentor)).status, 200);
	});
});

describe('sign-up validation', () => {
	it('offers a call in each of the site’s languages, and only those', () => {
		assert.deepEqual([...callLanguages], locales);
	});

	it('gives the same verdict in the browser as in the receiver', () => {
		const cases: [FormKind, Record<string, string>][] = [
			['mentor', mentor],
			['mentor', { ...mentor, email: 'a@b', name: ' ', availability: 'x'.repeat(501) }],
			['mentee', { role: 'mentee', language: 'en', email: 'x@y.dk', danishLevel: 'perfect' }],
			['mentee', { role: 'mentee', language: 'en', office: 'Not A Key', consent: 'no' }],
			['mentee', { role: 'mentee', language: 'da', office: elsewhereOffice, postcode: '12345' }],
			['mentor', { ...mentor, postcode: 'abcd' }],
			['mentee', { role: 'mentee', language: 'da', postcode: '٥٠٠٠', phone: '۰۹۱۲' }],
			['question', question],
			['question', { ...question, email: 'amal', question: 'x'.repeat(2001) }],
			['callback', callback],
			['callback', { role: 'callback', language: 'da', email: 'x@y.dk' }],
			['callback', { ...callback, phone: '(+45) 12-34-56-78', email: 'a@b' }],
			['callback', { ...callback, phone: '۰۹۱۲', callLanguage: 'AR', callTime: '' }],
		];
		for (const [role, answers] of cases) {
			const browser = formErrors(role, (name) => answers[name] ?? '');
			const result = submissionSchema.safeParse(answers);
			assert.deepEqual(result.success ? [] : fieldErrors(result.error), browser);
		}
	});
});
