/**
 * The search page: runs Pagefind's JS API in the browser and draws the results. Markup comes from
 * SearchPanel.astro; this only enhances it. Pagefind itself, with its WebAssembly, weighs more than
 * the page, so it is fetched on the first keystroke or query, never on page load, and the page stays
 * light until used (docs/performance.md#search).
 */
import { excerptParts } from './excerptParts.ts';
import { resultsPerPage } from './resultsPerPage.ts';

/** The translated strings SearchPanel.astro passes in `data-messages`. */
interface Messages {
	intl: string;
	countOne: string;
	countOther: string;
	none: string;
	empty: string;
	unavailable: string;
	profession: string;
	office: string;
}

/** The parts of Pagefind's JS API used here (its browser types are not published on npm). */
interface Anchor {
	element: string;
	id: string;
	location: number;
}
interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: Anchor;
	weighted_locations: { balanced_score: number }[];
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	anchors: Anchor[];
	sub_results: SubResult[];
}
interface SearchResult {
	data(): Promise<ResultData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		term: string,
		options: { filters: Record<string, string> },
	): Promise<{ results: SearchResult[] }>;
}

/** Long enough for any real question; a pasted page of text is cut here rather than searched. */
const maxQueryLength = 200;
/** Typing pauses this long before a search runs, so a word typed key by key costs one query. */
const debounceMs = 300;
/** Sections shown under one page result, e.g. the best-matching questions on the FAQ page. */
const sectionsPerResult = 3;

const root = document.querySelector<HTMLElement>('.app-search')!;
const messages = JSON.parse(root.dataset.messages!) as Messages;
const form = root.querySelector<HTMLFormElement>('.app-search__form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const audienceFieldset = form.querySelector<HTMLFieldSetElement>('.app-search__audience')!;
const status = root.querySelector<HTMLElement>('.app-search__status')!;
const list = root.querySelector<HTMLOListElement>('.app-search__results')!;
const more = root.querySelector<HTMLButtonElement>('.app-search__more')!;
const audiences = [...form.querySelectorAll<HTMLInputElement>('input[name="audience"]')]
	.map((radio) => radio.value)
	.filter(Boolean);
const plural = new Intl.PluralRules(messages.intl);

let pagefind: Promise<Pagefind> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Bumped by every search, so the answer to an older, slower one is dropped. */
let generation = 0;
let pending: (() => Promise<ResultData | undefined>)[] = [];

/** Loads Pagefind once. Its index for this page's `<html lang>` is chosen by Pagefind itself. */
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		// Built at run time and marked for Vite to leave alone: the file exists only after `pagefind` runs.
		const url = new URL('/pagefind/pagefind.js', location.href).href;
		const api = (await import(/* @vite-ignore */ url)) as Pagefind;
		// No web worker: it would be one more download, for an index this small not worth it.
		await api.options({ excerptLength: 24, noWorker: true });
		await api.init();
		return api;
	})().catch((error: unknown) => {
		pagefind = undefined; // let the next query try again
		throw error;
	});
	return pagefind;
}

function selected(name: string): string {
	return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

function say(text: string): void {
	status.textContent = text;
}

/** Fills in a message; the query goes in last, as plain text, so nothing she typed is read as a pattern. */
function format(template: string, query: string, count = 0): string {
	return template.replace('{count}', String(count)).replace('{query}', () => query);
}

/** Keeps the query and filters in the address, so results can be linked to and reloaded. */
function updateUrl(query: string, kind: string, audience: string): void {
	const url = new URL(location.href);
	url.search = '';
	url.searchParams.set('q', query);
	if (kind) url.searchParams.set('kind', kind);
	if (audience) url.searchParams.set('audience', audience);
	history.replaceState(null, '', url);
}

/** The audience group a section of the FAQ page belongs to: the group heading above it. */
function audienceOf(anchor: Anchor | undefined, anchors: Anchor[]): string | undefined {
	if (!anchor) return undefined;
	const groups = anchors.filter((a) => a.location <= anchor.location && audiences.includes(a.id));
	return groups.at(-1)?.id;
}

function score(section: SubResult): number {
	return section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
}

function excerpt(text: string, className: string): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	paragraph.className = className;
	for (const part of excerptParts(text)) {
		if (!part.marked) {
			paragraph.append(part.text);
			continue;
		}
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		paragraph.append(mark);
	}
	return paragraph;
}

function link(href: string, text: string): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.href = href;
	anchor.textContent = excerptParts(text)
		.map((part) => part.text)
		.join('');
	return anchor;
}

function renderResult(data: ResultData, sections: SubResult[]): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'app-search-result';
	const title = document.createElement('h2');
	title.className = 'app-search-result__title';
	title.append(link(data.url, data.meta.title ?? data.url));
	item.append(title);
	const facts = [
		[messages.profession, data.meta.profession],
		[messages.office, data.meta.office],
	].filter(([, value]) => value);
	if (facts.length > 0) {
		const meta = document.createElement('p');
		meta.className = 'app-search-result__meta';
		meta.textContent = facts.map(([label, value]) => `${label}: ${value}`).join(' · ');
		item.append(meta);
	}
	if (sections.length === 0) {
		item.append(excerpt(data.excerpt, 'app-search-result__excerpt'));
		return item;
	}
	const nested = document.createElement('ul');
	nested.className = 'app-search-result__sections';
	for (const section of sections) {
		const entry = document.createElement('li');
		entry.append(link(section.url, section.title));
		entry.append(excerpt(section.excerpt, 'app-search-result__excerpt'));
		nested.append(entry);
	}
	item.append(nested);
	return item;
}

/** Draws the next page of results after those shown; `replace` clears the old ones first. */
async function showMore({ replace = false, focusFirst = false } = {}): Promise<void> {
	const current = generation;
	const batch = pending.splice(0, resultsPerPage);
	const items = (await Promise.all(batch.map((load) => load()))).filter(
		(data) => data !== undefined,
	);
	if (current !== generation) return;
	const drawn = items.map((data) => renderResult(data, pickSections(data)));
	if (replace) list.replaceChildren();
	list.append(...drawn);
	list.hidden = false;
	more.hidden = pending.length === 0;
	if (focusFirst) drawn[0]?.querySelector('a')?.focus();
}

/** Removes the results, e.g. when there are none for the new query. */
function clearResults(): void {
	pending = [];
	list.replaceChildren();
	list.hidden = true;
	more.hidden = true;
}

/** Sections worth showing under a result: those with their own heading, the best first. */
function pickSections(data: ResultData): SubResult[] {
	const audience = selected('audience');
	return data.sub_results
		.filter((section) => section.anchor && section.url !== data.url)
		.filter((section) => !audience || audienceOf(section.anchor, data.anchors) === audience)
		.sort((a, b) => score(b) - score(a))
		.slice(0, sectionsPerResult);
}

async function search(): Promise<void> {
	clearTimeout(timer);
	const current = ++generation;
	const query = input.value.trim().slice(0, maxQueryLength);
	const kind = selected('kind');
	const audience = kind === 'faq' ? selected('audience') : '';
	updateUrl(input.value, kind, audience);
	// Nothing to search for (empty, or only punctuation): say what to do instead of searching.
	if (!/[\p{L}\p{N}]/u.test(query)) {
		clearResults();
		say(messages.empty);
		return;
	}
	const filters: Record<string, string> = kind ? { kind } : {};
	if (audience) filters.audience = audience;
	let results: SearchResult[];
	try {
		({ results } = await (await loadPagefind()).search(query, { filters }));
	} catch {
		// Pagefind or a piece of its index did not load (offline, or `npm run dev` without an index).
		if (current !== generation) return;
		clearResults();
		say(messages.unavailable);
		return;
	}
	if (current !== generation) return;
	let loaders = results.map((result) => () => result.data() as Promise<ResultData | undefined>);
	if (audience) {
		// The FAQ page carries every audience; keep it only if a question for this audience matched.
		const narrowed = await Promise.all(results.map((result) => result.data()));
		if (current !== generation) return;
		loaders = narrowed
			.filter((data) => pickSections(data).length > 0)
			.map((data) => () => Promise.resolve(data));
	}
	const count = loaders.length;
	if (count === 0) {
		clearResults();
		say(format(messages.none, query));
		return;
	}
	pending = loaders;
	await showMore({ replace: true });
	if (current !== generation) return;
	say(
		format(plural.select(count) === 'one' ? messages.countOne : messages.countOther, query, count),
	);
}

function showAudience(): void {
	audienceFieldset.hidden = selected('kind') !== 'faq';
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	void search();
});
input.addEventListener('input', () => {
	// Start fetching Pagefind while she types, but search only once she pauses.
	loadPagefind().catch(() => {});
	clearTimeout(timer);
	timer = setTimeout(() => void search(), debounceMs);
});
form.addEventListener('change', (event) => {
	if (event.target === input) return;
	showAudience();
	void search();
});
more.addEventListener('click', () => void showMore({ focusFirst: true }));

// Enhance: the notice that search needs JavaScript goes, the form comes.
root.querySelector('.app-search__no-script')?.remove();
form.hidden = false;
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const name of ['kind', 'audience']) {
	const radio = form.querySelector<HTMLInputElement>(
		`input[name="${name}"][value="${CSS.escape(params.get(name) ?? '')}"]`,
	);
	if (radio) radio.checked = true;
}
showAudience();
if (params.has('q')) void search();
