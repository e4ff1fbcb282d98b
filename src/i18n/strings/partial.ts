import type { CompleteOnlyPage } from '../../routing/pages.ts';
import type da from './da.ts';

/**
 * The strings only pages a partial language lacks use: the sections about values, stories and figures,
 * the partners' charts, data and feeds, the mentor's form and the choice of role. Everything else is
 * required, so a partial language missing a key its pages use fails the type check.
 */
type UncoveredKey =
	// The pages the registry keeps to the complete languages (`locales: 'complete'`).
	| `route.${CompleteOnlyPage}`
	| `nav.${CompleteOnlyPage}`
	| `home.${'ctaMentor' | 'valuesHeading' | 'figuresHeading' | 'storiesHeading'}`
	| `home.${'allStories' | 'allValues' | 'allFigures'}`
	| `home.${'whyHeading' | 'why' | 'history'}`
	| 'cta.signupMentor'
	| `figures.${string}`
	| `charts.${string}`
	| `data.${string}`
	| `feed.${string}`
	| `listing.${string}`
	| `route.facet.${string}`
	| 'route.pageNumber'
	| `stories.${'illustrative' | 'illustrativeNote' | 'country' | 'published' | 'tags' | 'people' | 'back'}`
	| `search.kind.${'story' | 'value'}`
	| `values.${string}`
	| `history.${string}`
	| `signup.${'chooseRole' | 'role.mentee' | 'role.mentor'}`
	| `signup.${'sector' | 'motivation' | 'availability'}.${string}`;

/** The keys a partial language's strings file must have. */
export type PartialKey = Exclude<keyof typeof da, UncoveredKey>;

/**
 * What a partial language's strings file satisfies: every key its pages use, and no other. Write it as
 * `export default { … } as const satisfies PartialStrings;`.
 */
export type PartialStrings = Record<Exclude<PartialKey, 'locale.coverage'>, string> & {
	'locale.coverage': 'partial';
	'locale.dir': 'ltr' | 'rtl';
};

/**
 * The URL segments of the covered pages, in Latin letters, as the English site has them: an address
 * a woman can type and read aloud whatever her script. A partial language spreads these into its
 * strings (`...latinRoutes`) and may override any of them.
 */
export const latinRoutes = {
	'route.home': '',
	'route.mentees': 'for-mentees',
	'route.faq': 'questions-and-answers',
	'route.offices': 'offices',
	'route.signup': 'sign-up',
	'route.thanks': 'sign-up/thank-you',
	'route.search': 'search',
	'route.privacy': 'privacy-notice',
	'route.languages': 'languages',
	'route.contact': 'contact',
	'route.asked': 'contact/thank-you',
} as const;
