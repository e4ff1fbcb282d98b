import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectCopy, rewrite } from '../helpers/projectCopy.ts';

/**
 * An editor's broken entry must stop the build with a message naming the file and the field. These
 * tests break a copy of the real project one way at a time and run the real Astro CLI on it.
 */
const copies: ReturnType<typeof projectCopy>[] = [];
after(() => copies.forEach((copy) => copy.remove()));

function broken(edit: (dir: string) => void) {
	const copy = projectCopy(edit);
	copies.push(copy);
	return copy;
}

describe('broken content fails the build, naming file and field', () => {
	it('a story without recorded consent', () => {
		const { status, output } = broken((d) =>
			rewrite(d, 'content/stories/da/amal-hanne.md', (text) =>
				text.replace(/consent:\n( {2}.*\n)+/, ''),
			),
		).astro('sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/stories\/da\/amal-hanne\.md/);
		assert.match(output, /consent: Add the consent to publish/);
	});

	it('a story whose office does not exist', () => {
		const { status, output } = broken((d) =>
			rewrite(d, 'content/stories/en/mei-karen.md', (text) =>
				text.replace(/^office: .*$/m, 'office: roskilde'),
			),
		).astro('sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/stories\/en\/mei-karen\.md/);
		assert.match(output, /office: There is no entry "roskilde" in content\/offices\/en\//);
	});

	it('a figure without its source', () => {
		const { status, output } = broken((d) =>
			rewrite(d, 'content/figures/da/mentors.yaml', (text) =>
				text.replace(/source:\n( {2}.*\n)+/, ''),
			),
		).astro('sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/figures\/da\/mentors\.yaml/);
		assert.match(output, /source: Add the source of the figure/);
	});

	it('a page whose date is not a date', () => {
		const { status, output } = broken((d) =>
			rewrite(d, 'content/pages/en/privacy.md', (text) =>
				text.replace(/^updated: .*$/m, 'updated: next spring'),
			),
		).astro('sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/pages\/en\/privacy\.md/);
		assert.match(output, /updated: Write the date as YYYY-MM-DD/);
	});

	it('an entry that exists in one language only', () => {
		const { status, output } = broken((d) =>
			rmSync(join(d, 'content/faqs/en/does-it-cost-anything.md')),
		).astro('build');
		assert.notEqual(status, 0);
		assert.match(output, /content\/faqs\/en\/does-it-cost-anything\.\*/);
	});

	it('a translated entry without its translation record', () => {
		const { status, output } = broken((d) =>
			rewrite(d, 'content/faqs/ar/does-it-cost-anything.md', (text) =>
				text.replace(/translation:\n( {2}.*\n)+/, ''),
			),
		).astro('sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/faqs\/ar\/does-it-cost-anything\.md: translation: Record/);
	});

	it('a page in a language the page registry does not list for it', () => {
		const { status, output } = broken((d) =>
			writeFileSync(
				join(d, 'content/pages/fa/about.md'),
				'---\ntitle: "x"\ndescription: "x"\ntranslation: { from: da, reviewed: false }\n---\n',
			),
		).astro('sync');
		assert.notEqual(status, 0);
		assert.match(output, /content\/pages\/fa\/about\.md: locales: the page registry/);
	});

	it('a question for mentors in a language that covers only the mentee’s path', () => {
		const { status, output } = broken((d) =>
			writeFileSync(
				join(d, 'content/faqs/uk/who-can-become-a-mentor.md'),
				'---\nquestion: "x"\naudience: mentor\norder: 1\ntranslation: { from: da, reviewed: false }\n---\n',
			),
		).astro('sync');
		assert.notEqual(status, 0);
		assert.match(
			output,
			/content\/faqs\/uk\/who-can-become-a-mentor\.md: audience: uk covers only/,
		);
	});

	it('a covered entry missing in a partial language', () => {
		const { status, output } = broken((d) =>
			rmSync(join(d, 'content/faqs/so/does-it-cost-anything.md')),
		).astro('build');
		assert.notEqual(status, 0);
		assert.match(output, /content\/faqs\/so\/does-it-cost-anything\.\*/);
	});
});
