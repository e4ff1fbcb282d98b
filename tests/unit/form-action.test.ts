import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formAction, localFormAction } from '../../src/forms/formAction.ts';

describe('formAction', () => {
	it('prefers PUBLIC_FORM_ACTION, then the settings, then the local receiver', () => {
		const hosted = 'https://formspree.io/f/abc';
		assert.equal(formAction(hosted, 'https://basin.example/f/1'), hosted);
		assert.equal(formAction('', 'https://basin.example/f/1'), 'https://basin.example/f/1');
		assert.equal(formAction(undefined, undefined), localFormAction);
		assert.equal(formAction('  ', ''), localFormAction);
	});
});
