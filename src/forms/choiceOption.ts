/** One choice of a radio group or select, already translated. */
export interface ChoiceOption {
	value: string;
	label: string;
	/** A language's own name is said in that language: its `lang` and `dir` (WCAG 3.1.2). */
	lang?: string;
	dir?: 'ltr' | 'rtl';
}
