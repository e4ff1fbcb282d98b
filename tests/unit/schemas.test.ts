import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import { faqSchema } from '../../src/schemas/faqs.ts';
import { figureSchema } from '../../src/schemas/figures.ts';
import { officeSchema } from '../../src/schemas/offices.ts';
import { existingEntry } from '../../src/schemas/references.ts';
import { storySchema } from '../../src/schemas/stories.ts';
import { valueSchema } from '../../src/schemas/values.ts';

// The content layer's image() and reference() stand in as plain zod: what is tested is our rules.
const stories = storySchema({
	image: () => z.string(),
	office: existingEntry('offices', ['da/fyn', 'da/koebenhavn', 'en/fyn', 'en/koebenhavn']),
});

const validStory = {
	title: 'Fra ingeniøruddannelse til første jobsamtale',
	illustrative: true,
	people: ['Amal', 'Hanne'],
	profession: 'Civilingeniør',
	country: 'Irak',
	office: 'da/koebenhavn',
	date: new Date('2026-10-02'),
	summary: 'En illustrativ historie.',
	tags: ['jobsamtale'],
	consent: { date: new Date('2026-10-02') },
};

/** The issues of a failed parse as `path: message` lines, so a failure shows what was said. */
function issues(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	assert.equal(result.success, false, 'expected the entry to be refused');
	return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Asserts exactly one issue, on `path`, whose message matches `message`. */
function assertRefused(schema: z.ZodType, data: unknown, path: string, message: RegExp) {
	const found = issues(schema, data);
	assert.equal(found.length, 1, `expected one issue, got:\n${found.join('\n')}`);
	assert.ok(found[0]!.startsWith(`${path}: `), `expected an issue on "${path}", got: ${found[0]}`);
	assert.match(found[0]!, message);
}

describe('story schema', () => {
	it('accepts a complete story', () => {
		assert.equal(stories.safeParse(validStory).success, true);
	});

	it('refuses a story without a title, naming the field', () => {
		const { title: _, ...story } = validStory;
		assertRefused(stories, story, 'title', /Add a title/);
	});

	it('refuses a date that is not a date', () => {
		assertRefused(stories, { ...validStory, date: 'sometime in autumn' }, 'date', /YYYY-MM-DD/);
	});

	it('refuses an office that does not exist, listing the ones that do', () => {
		assertRefused(
			stories,
			{ ...validStory, office: 'da/roskilde' },
			'office',
			/no entry "roskilde" in content\/offices\/da\/\. Choose one of: fyn, koebenhavn/,
		);
	});

	it('refuses a story without recorded consent', () => {
		const { consent: _, ...story } = validStory;
		assertRefused(stories, story, 'consent', /consent to publish/);
	});

	it('refuses consent without the date it was given', () => {
		assertRefused(stories, { ...validStory, consent: { note: 'yes' } }, 'consent.date', /agreed/);
	});

	it('refuses an image without alt text', () => {
		assertRefused(stories, { ...validStory, image: { src: 'a.jpg' } }, 'image.alt', /alt text/);
	});

	it('refuses an image with empty alt text', () => {
		assertRefused(
			stories,
			{ ...validStory, image: { src: 'a.jpg', alt: '  ' } },
			'image.alt',
			/alt text/,
		);
	});

	it('requires the illustrative flag to be stated', () => {
		const { illustrative: _, ...story } = validStory;
		assertRefused(stories, story, 'illustrative', /illustrative/);
	});

	it('refuses a story with nobody in it', () => {
		assertRefused(stories, { ...validStory, people: [] }, 'people', /at least one/);
	});
});

describe('figure schema', () => {
	const valid = {
		label: 'Mentorer siden 2002',
		value: 2600,
		unit: 'count',
		of: 'kvinder, der havde været mentorer siden 2002',
		asOf: new Date('2012-10-11'),
		source: { name: 'KVINFO, 2012', noUrl: 'Et oplæg ved en konference.' },
		order: 2,
	};

	it('accepts a figure with date and source', () => {
		assert.equal(figureSchema.safeParse(valid).success, true);
	});

	it('refuses a figure without an as-of date', () => {
		const { asOf: _, ...figure } = valid;
		assertRefused(figureSchema, figure, 'asOf', /as of/);
	});

	it('refuses a figure without a source', () => {
		const { source: _, ...figure } = valid;
		assertRefused(figureSchema, figure, 'source', /source/);
	});

	it('refuses a figure that does not say what it counts', () => {
		const { of: _, ...figure } = valid;
		assertRefused(figureSchema, figure, 'of', /counts or is a share of/);
	});

	it('refuses a source with neither a web address nor the reason for none', () => {
		assertRefused(figureSchema, { ...valid, source: { name: 'KVINFO' } }, 'source.url', /reason/);
	});

	it('refuses a list that is not a ranking, and a ranking without a list', () => {
		const { value: _, ...list } = valid;
		assertRefused(figureSchema, { ...list, items: ['Irak'] }, 'unit', /ranking/);
		assertRefused(figureSchema, { ...valid, unit: 'ranking' }, 'unit', /ranking/);
	});

	it('refuses a qualifier that means nothing', () => {
		assertRefused(figureSchema, { ...valid, qualifier: 'over' }, 'qualifier', /moreThan/);
	});

	it('refuses a figure that is neither a number nor a list', () => {
		const { value: _, ...figure } = valid;
		assertRefused(figureSchema, figure, 'value', /either a number/);
	});
});

describe('other schemas', () => {
	it('refuses a question for an audience that does not exist', () => {
		assertRefused(
			faqSchema,
			{ question: 'Hvad?', audience: 'students', order: 1 },
			'audience',
			/mentee, mentor, partner, everyone/,
		);
	});

	it('refuses a value without an order', () => {
		assertRefused(valueSchema, { title: 'Ligeværd', summary: 'x' }, 'order', /order/);
	});

	/** An office as the newest source describes one: only its city, area and source. */
	const office = {
		name: 'Odense',
		region: 'Odense på Fyn',
		order: 2,
		sources: [
			{
				name: 'KVINFOs engelske side om Mentornetværket',
				date: 'udateret',
				url: 'https://kvinfo.dk/mentornetvaerk',
			},
		],
	};

	it('accepts an office with only a name, region, order and source, offered by default', () => {
		const result = officeSchema.safeParse(office);
		assert.equal(result.success, true);
		assert.equal(result.data?.offered, true);
	});

	it('refuses an office without a source, or with an empty list of sources', () => {
		const { sources: _, ...unsourced } = office;
		assertRefused(officeSchema, unsourced, 'sources', /source/);
		assertRefused(officeSchema, { ...office, sources: [] }, 'sources', /at least one source/);
		assertRefused(
			officeSchema,
			{ ...office, sources: [{ name: 'KVINFO' }] },
			'sources.0.date',
			/"undated"/,
		);
	});

	it('refuses coordinates outside Denmark rather than placing an office at 0,0', () => {
		const found = issues(officeSchema, {
			...office,
			coordinates: { lat: 0, lng: 0, precision: 'area' },
		});
		assert.deepEqual(
			found.map((line) => line.split(':')[0]),
			['coordinates.lat', 'coordinates.lng'],
		);
	});

	it('refuses coordinates that do not say whether they mark the address or the area', () => {
		assertRefused(
			officeSchema,
			{ ...office, coordinates: { lat: 55.396, lng: 10.388 } },
			'coordinates.precision',
			/"address".*"area"/,
		);
	});
});
