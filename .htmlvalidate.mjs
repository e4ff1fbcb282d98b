/** html-validate: document conformance and accessibility rules, run offline over dist/ by the tests. */
export default {
	extends: ['html-validate:standard', 'html-validate:a11y'],
	rules: {
		// Lists styled without bullets keep role="list" on purpose: Safari's VoiceOver otherwise stops
		// announcing them as lists. Redundant for the HTML spec, needed for real screen readers.
		'no-redundant-role': 'off',
	},
};
