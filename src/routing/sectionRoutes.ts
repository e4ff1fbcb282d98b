import type { SectionProps } from '../components/sections/SectionProps.ts';

/**
 * Which route file draws which sections (the components in `src/components/sections/` that show
 * what a page has below its text): `src/pages/[...<route>].astro` renders every page whose registry
 * entry names one of its sections, and holds them in a component map typed by SectionComponents.
 *
 * Astro bundles the CSS of every component a route file imports into each page of that route, never
 * per page. So a route draws sections built from the same components (the home page's teasers are
 * the values page's list and the about page's figures), and a page carries little CSS it does not
 * show: a new section joins the route whose components it uses, or gets a route of its own when it
 * brings much CSS (as the model page's charts and map do). `npm run test:built` holds every page's
 * CSS to its budget. Plain data with no `.astro` import, so the page registry and unit tests can
 * read it.
 */
export const sectionRoutes = {
	/** A page's text with a short section below it; also every page that names no section. */
	text: ['RoleSection', 'FaqSection', 'LanguagesSection', 'ContactDetailsSection'],
	/** The pages that present the network: the home page, its values, its history and key figures. */
	overview: ['HomeSection', 'AboutSection', 'ValuesSection'],
	/** The lists of entries that each have a page of their own: stories (paged, filtered), offices. */
	list: ['StoriesSection', 'OfficesSection'],
	/** The forms: signing up and asking a question. */
	form: ['SignupSection', 'ContactSection'],
	/** The model: charts, the office map and the open data. */
	model: ['ModelSection'],
	/** The search page and the site index. */
	search: ['SearchSection'],
} as const satisfies Record<string, readonly string[]>;

/** A route file that draws sections: `src/pages/[...<SectionRoute>].astro`. */
export type SectionRoute = keyof typeof sectionRoutes;

/** The sections `route` draws. */
export type SectionOf<R extends SectionRoute> = (typeof sectionRoutes)[R][number];

/** A section a registry page may name (`section` in src/routing/pages.ts). */
export type Section = SectionOf<SectionRoute>;

/** The route of the pages that name no section: their text alone. */
export const textRoute = 'text' satisfies SectionRoute;

/** The route files that draw sections, in table order. */
export const sectionRouteNames = Object.keys(sectionRoutes) as SectionRoute[];

/** The route that draws `section`, or the text route for a page without one. */
export function sectionRoute(section: Section | undefined): SectionRoute {
	if (!section) return textRoute;
	return sectionRouteNames.find((route) =>
		(sectionRoutes[route] as readonly Section[]).includes(section),
	)!;
}

/**
 * What a route file's component map satisfies: exactly the sections of `route`, each a component
 * that takes SectionProps. A section added to the table but not to the map, or the other way round,
 * fails `npm run check`.
 */
export type SectionComponents<R extends SectionRoute> = Record<
	SectionOf<R>,
	(props: SectionProps) => unknown
>;
