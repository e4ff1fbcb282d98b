import type { AstroIntegration } from 'astro';
import { pageDefinition, pageKeys } from './pages.ts';

/** The route file that renders the pages of `section` (see src/collections/sitePaths.ts). */
export function sectionRouteFile(section: string): string {
	return `src/pages/[...${section}].astro`;
}

/** Every section component the page registry names, once each. */
export function registrySections(): string[] {
	return [
		...new Set(pageKeys.map((page) => pageDefinition(page).section).filter((name) => !!name)),
	] as string[];
}

/**
 * Fails the build when the registry names a section that has no route file of its own: its pages
 * would not be built at all. Each section has its own route so that a page carries only the CSS of
 * the section it shows (Astro bundles the CSS of each route's imports, never per generated page).
 */
export function sectionRoutes(): AstroIntegration {
	return {
		name: 'mentor-network:section-routes',
		hooks: {
			'astro:routes:resolved': ({ routes }) => {
				const files = new Set(routes.map((route) => route.entrypoint));
				const missing = registrySections().filter(
					(section) => !files.has(sectionRouteFile(section)),
				);
				if (missing.length > 0) {
					throw new Error(
						missing
							.map(
								(section) =>
									`The page registry (src/routing/pages.ts) names section "${section}", but ${sectionRouteFile(section)} does not exist: copy src/pages/[...HomeSection].astro to it and name ${section} in it.`,
							)
							.join('\n'),
					);
				}
			},
		},
	};
}
