/**
 * Enhances the sign-up forms and the contact page's question form (markup first, GOV.UK style): checks the answers before sending and shows
 * an error summary that takes focus, sends without leaving the page, and when sending fails keeps every
 * answer where it is and says what happened. Nothing she types is stored in the browser.
 */
import {
	fieldsFor,
	hiddenFields,
	minimumFillMs,
	roles,
	sentAnswer,
	formErrors,
	type FieldError,
	type FieldProblem,
	type FormKind,
} from './formFields.ts';

type Problem = 'unreachable' | 'timeout' | 'rejected';
type Outcome = { ok: true } | { ok: false; problem: Problem; errors: FieldError[] };

const pageTitle = document.title;
const problems: readonly FieldProblem[] = ['required', 'tooLong', 'invalid'];

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-signup-form]')) {
	enhance(form);
}

// Links may name the role in the query (`?rolle=mentee`, `?role=mentor`) as well as the #fragment that
// shows its form without JavaScript; replace() keeps the back button where it was.
const asked = new URLSearchParams(location.search);
const role = asked.get('rolle') ?? asked.get('role');
if (!location.hash && (roles as readonly string[]).includes(role ?? ''))
	location.replace(`#${role}`);

function enhance(form: HTMLFormElement) {
	// The script validates now, with messages beside each field and in a summary.
	form.noValidate = true;
	// `maxlength` cuts pasted text off without a word; instead keep it all and say it is too long.
	for (const control of form.querySelectorAll('[maxlength]')) control.removeAttribute('maxlength');
	const ready = Date.now();
	const elapsed = form.elements.namedItem(hiddenFields.elapsed) as HTMLInputElement;
	const submission = form.elements.namedItem(hiddenFields.submission) as HTMLInputElement;
	// The answers last sent, so a retry of the same answers keeps their id and changed ones get a new one.
	let lastSent: string | undefined;
	submission.value = newSubmissionId();
	let sending = false;

	form.querySelector('[data-error-summary]')!.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a');
		if (!link) return;
		// Move focus to the field itself, and keep the URL's #fragment, which shows this form.
		event.preventDefault();
		const field = document.getElementById(link.hash.slice(1));
		field?.closest('[data-field]')?.scrollIntoView();
		field?.focus({ preventScroll: true });
	});

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		if (sending) return;
		showProblem(form, undefined);
		const data = new FormData(form);
		const kind = String(data.get(hiddenFields.role)) as FormKind;
		const errors = formErrors(kind, (name) => String(data.get(name) ?? ''));
		showErrors(form, errors);
		if (errors.length > 0) return;
		// Only a bot fills the honeypot: it is told all went well, and nothing is sent.
		if (String(data.get(hiddenFields.honeypot) ?? '') !== '') {
			return location.assign(form.dataset.thanks!);
		}
		sending = true;
		setSending(form, true);
		// A person is never refused for being quick: wait out the rest of the minimum fill time.
		await new Promise((resolve) => setTimeout(resolve, ready + minimumFillMs - Date.now()));
		for (const field of fieldsFor(kind)) {
			const value = data.get(field.name);
			if (typeof value === 'string') data.set(field.name, sentAnswer(field, value));
		}
		data.delete(hiddenFields.submission);
		data.delete(hiddenFields.elapsed);
		const answers = urlencoded(data).toString();
		if (lastSent !== undefined && answers !== lastSent) submission.value = newSubmissionId();
		lastSent = answers;
		data.set(hiddenFields.submission, submission.value);
		elapsed.value = String(Date.now() - ready);
		data.set(hiddenFields.elapsed, elapsed.value);
		const outcome = await send(form, data);
		sending = false;
		setSending(form, false);
		if (outcome.ok) return location.assign(form.dataset.thanks!);
		if (outcome.errors.length > 0) return showErrors(form, outcome.errors);
		showProblem(form, outcome.problem);
	});
}

/** Posts the same fields a plain POST would, asking for a JSON answer, within the time bound. */
async function send(form: HTMLFormElement, data: FormData): Promise<Outcome> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), Number(form.dataset.timeoutMs));
	try {
		const response = await fetch(form.action, {
			method: 'POST',
			headers: { Accept: 'application/json' },
			body: urlencoded(data),
			signal: controller.signal,
			// A handler that answers with a redirect to `_next` has received it. Following that redirect
			// would fetch our own page from the handler's origin, which CORS refuses: a false "not sent".
			redirect: 'manual',
		});
		if (response.type === 'opaqueredirect') return { ok: true };
		const answer: unknown = await response.json().catch(() => undefined);
		// A 2xx is success even without JSON (Netlify answers with a page).
		if (response.ok && (answer as { ok?: unknown } | undefined)?.ok !== false) return { ok: true };
		return { ok: false, problem: 'rejected', errors: knownErrors(form, answer) };
	} catch {
		return {
			ok: false,
			problem: controller.signal.aborted ? 'timeout' : 'unreachable',
			errors: [],
		};
	} finally {
		clearTimeout(timer);
	}
}

/** The fields as a plain POST sends them. */
function urlencoded(data: FormData): URLSearchParams {
	return new URLSearchParams([...data].map(([name, value]) => [name, String(value)]));
}

/** 32 hex digits from the browser's random source (randomUUID needs a secure context; this does not). */
function newSubmissionId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The handler's field errors that name a field of this form (ours send `{ field, problem }`). */
function knownErrors(form: HTMLFormElement, answer: unknown): FieldError[] {
	const errors = (answer as { errors?: unknown } | undefined)?.errors;
	if (!Array.isArray(errors)) return [];
	return errors.flatMap((error: { field?: unknown; problem?: unknown }) => {
		const field = String(error?.field);
		if (!form.querySelector(`[data-field="${CSS.escape(field)}"]`)) return [];
		const problem = problems.find((p) => p === error.problem) ?? 'invalid';
		return [{ field, problem }];
	});
}

/** Shows each error beside its field and in the summary, and moves focus to the summary. */
function showErrors(form: HTMLFormElement, errors: FieldError[]) {
	const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
	const list = summary.querySelector('[data-error-summary-list]')!;
	const prefix = form.dataset.errorPrefix!;
	const links: HTMLLIElement[] = [];
	for (const wrapper of form.querySelectorAll<HTMLElement>('[data-field]')) {
		const error = errors.find((e) => e.field === wrapper.dataset.field);
		const message = error && wrapper.dataset[`error${capitalise(error.problem)}`]!;
		const paragraph = wrapper.querySelector<HTMLElement>('.app-field__error')!;
		paragraph.hidden = !message;
		paragraph.replaceChildren();
		for (const control of wrapper.querySelectorAll('input, textarea, select')) {
			if (message && (control as HTMLInputElement).type !== 'radio') {
				control.setAttribute('aria-invalid', 'true');
			} else control.removeAttribute('aria-invalid');
		}
		if (!message) continue;
		const hidden = Object.assign(document.createElement('span'), {
			className: 'app-visually-hidden',
			textContent: `${prefix} `,
		});
		paragraph.append(hidden, message);
		const link = Object.assign(document.createElement('a'), {
			href: `#${wrapper.dataset.focusId}`,
			textContent: message,
		});
		const item = document.createElement('li');
		item.append(link);
		links.push(item);
	}
	list.replaceChildren(...links);
	summary.hidden = links.length === 0;
	document.title = links.length > 0 ? `${prefix} ${pageTitle}` : pageTitle;
	if (links.length > 0) summary.focus();
}

/** Says why sending failed (or clears it), and moves focus to the message. */
function showProblem(form: HTMLFormElement, problem: Problem | undefined) {
	const box = form.querySelector<HTMLElement>('[data-send-problem]')!;
	box.hidden = problem === undefined;
	box.querySelector('[data-send-problem-text]')!.textContent = problem
		? form.dataset[`problem${capitalise(problem)}`]!
		: '';
	// No answer in time is not "not sent": it may well have arrived, and the page says it cannot tell.
	box.querySelector('[data-send-problem-title]')!.textContent =
		problem === 'timeout' ? form.dataset.titleUnconfirmed! : form.dataset.titleFailed!;
	if (problem) box.focus();
}

function setSending(form: HTMLFormElement, sending: boolean) {
	const button = form.querySelector('button[type="submit"]')!;
	// aria-disabled rather than disabled: the button keeps focus and stays in the tab order.
	if (sending) button.setAttribute('aria-disabled', 'true');
	else button.removeAttribute('aria-disabled');
	form.querySelector('[data-sending-status]')!.textContent = sending ? form.dataset.sending! : '';
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}
