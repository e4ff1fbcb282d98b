import type { FAQPage, WithContext } from 'schema-dts';

interface Question {
	question: string;
	/** The answer as HTML (schema.org allows links, lists and paragraphs in an answer's text). */
	answer: string;
}

/** schema.org FAQPage: every question on the page with its answer, in the page's language. */
export function faqPageLd(
	questions: readonly Question[],
	inLanguage: string,
	url: string,
): WithContext<FAQPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		url,
		inLanguage,
		mainEntity: questions.map(({ question, answer }) => ({
			'@type': 'Question',
			name: question,
			acceptedAnswer: { '@type': 'Answer', text: answer },
		})),
	};
}
