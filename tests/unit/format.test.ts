import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate } from '../../src/i18n/formatDate.ts';
import { formatFigure } from '../../src/figures/formatFigure.ts';

describe('formatFigure', () => {
	it('groups thousands the way each language does and keeps "more than"', () => {
		assert.equal(
			formatFigure({ value: 7000, unit: 'count', atLeast: true }, 'da-DK', 'Over'),
			'Over 7.000',
		);
		assert.equal(
			formatFigure({ value: 7000, unit: 'count', atLeast: true }, 'en-GB', 'Over'),
			'Over 7,000',
		);
	});

	it('writes percentages and years as readers expect', () => {
		assert.equal(
			formatFigure({ value: 30, unit: 'percent', atLeast: false }, 'da-DK', 'Over'),
			'30\u00a0%',
		); // a no-break space keeps number and sign together
		assert.equal(
			formatFigure({ value: 30, unit: 'percent', atLeast: false }, 'en-GB', 'Over'),
			'30%',
		);
		assert.equal(
			formatFigure({ value: 2002, unit: 'year', atLeast: false }, 'da-DK', 'Over'),
			'2002',
		);
	});
});

describe('formatDate', () => {
	it('writes the date in words in each language, whatever the time zone', () => {
		const date = new Date('2012-10-11');
		assert.equal(formatDate(date, 'da-DK'), '11. oktober 2012');
		assert.equal(formatDate(date, 'en-GB'), '11 October 2012');
		// Gregorian, in Latin digits, in Persian too (its default is the Solar Hijri calendar).
		assert.equal(formatDate(date, 'fa'), '11 اکتبر 2012');
	});
});
