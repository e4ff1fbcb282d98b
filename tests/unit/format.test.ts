import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate } from '../../src/i18n/formatDate.ts';
import { formatFigure } from '../../src/figures/formatFigure.ts';
import { formatNumber } from '../../src/figures/formatNumber.ts';

describe('formatFigure', () => {
	it('groups thousands the way each language does and says the qualifier in words', () => {
		assert.equal(
			formatFigure({ value: 7000, unit: 'count', qualifier: 'moreThan' }, 'da'),
			'Over 7.000',
		);
		assert.equal(
			formatFigure({ value: 7000, unit: 'count', qualifier: 'moreThan' }, 'en'),
			'Over 7,000',
		);
		assert.equal(
			formatFigure({ value: 8500, unit: 'count', qualifier: 'about' }, 'da'),
			'Ca. 8.500',
		);
		assert.equal(
			formatFigure({ value: 50, unit: 'percent', qualifier: 'atLeast' }, 'en'),
			'At least 50%',
		);
	});

	it('writes percentages and years as readers expect', () => {
		assert.equal(
			formatFigure({ value: 30, unit: 'percent', qualifier: 'exactly' }, 'da'),
			'30\u00a0%',
		); // a no-break space keeps number and sign together
		assert.equal(formatFigure({ value: 30, unit: 'percent', qualifier: 'exactly' }, 'en'), '30%');
		assert.equal(formatFigure({ value: 2002, unit: 'year', qualifier: 'exactly' }, 'da'), '2002');
	});

	it('gives a ranking no number', () => {
		assert.equal(formatFigure({ unit: 'ranking', qualifier: 'exactly' }, 'en'), '');
	});
});

describe('formatNumber', () => {
	it('writes Latin digits in Arabic and Persian too, the digits the cited sources use', () => {
		assert.equal(formatNumber(2012, 'fa', 'year'), '2012');
		assert.equal(formatNumber(7000, 'ar', 'count'), '7,000');
		assert.doesNotMatch(formatNumber(8500, 'fa', 'count'), /[\u0660-\u0669\u06f0-\u06f9]/);
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
