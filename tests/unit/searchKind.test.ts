import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchKind } from '../../src/routing/searchKind.ts';

describe('search kinds', () => {
	it('files each page under the kind a visitor filters by', () => {
		assert.equal(searchKind({ locale: 'da', page: 'stories', entry: 'amal-hanne' }), 'story');
		assert.equal(searchKind({ locale: 'en', page: 'offices', entry: 'fyn' }), 'office');
		assert.equal(searchKind({ locale: 'da', page: 'faq' }), 'faq');
		assert.equal(searchKind({ locale: 'da', page: 'values' }), 'value');
		assert.equal(searchKind({ locale: 'en', page: 'stories' }), 'page');
		assert.equal(searchKind({ locale: 'en', page: 'about' }), 'page');
	});

	it('leaves the confirmation and the search page out of the index', () => {
		assert.equal(searchKind({ locale: 'da', page: 'thanks' }), undefined);
		assert.equal(searchKind({ locale: 'en', page: 'search' }), undefined);
	});
});
