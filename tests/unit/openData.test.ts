import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureSchema } from '../../src/schemas/figures.ts';
import { figureRecords } from '../../src/figures/figureRecords.ts';
import { figuresCsv, figuresCsvColumns } from '../../src/figures/figuresCsv.ts';

const source = { name: 'KVINFO: “Facts”, 11–12 October 2012' };
const entries = [
	{
		id: 'en/participants',
		data: figureSchema.parse({
			label: 'Participants since 2002',
			value: 7000,
			atLeast: true,
			asOf: '2012-10-11',
			source,
			order: 1,
		}),
	},
	{
		id: 'en/top-countries',
		data: figureSchema.parse({
			label: 'Countries, "ranked"',
			items: ['Iraq', 'Russia'],
			asOf: '2012-10-11',
			source: { name: 'A, B', url: 'https://example.org/a' },
			order: 2,
		}),
	},
];

describe('figure records', () => {
	it('keeps each figure with its key, as-of date and source', () => {
		const [participants, countries] = figureRecords(entries);
		assert.deepEqual(participants, {
			key: 'participants',
			label: 'Participants since 2002',
			value: 7000,
			atLeast: true,
			unit: 'count',
			items: null,
			asOf: '2012-10-11',
			source: source.name,
			sourceUrl: null,
		});
		assert.deepEqual(countries?.items, ['Iraq', 'Russia']);
		assert.equal(countries?.value, null);
	});
});

describe('figures as CSV', () => {
	const lines = figuresCsv(figureRecords(entries)).split('\r\n');

	it('starts with a UTF-8 byte-order mark, then a header row, one row per figure and a final line break', () => {
		assert.equal(lines[0], `\uFEFF${figuresCsvColumns.join(',')}`);
		assert.equal(lines.length, 1 + entries.length + 1);
		assert.equal(lines.at(-1), '');
	});

	it('writes numbers, flags and dates plainly and leaves gaps empty', () => {
		assert.equal(
			lines[1],
			'participants,Participants since 2002,7000,true,count,,2012-10-11,"KVINFO: “Facts”, 11–12 October 2012",',
		);
	});

	it('quotes cells with commas or quotes, doubling the quotes, and joins ranked items', () => {
		assert.equal(
			lines[2],
			'top-countries,"Countries, ""ranked""",,false,count,Iraq; Russia,2012-10-11,"A, B",https://example.org/a',
		);
	});
});
