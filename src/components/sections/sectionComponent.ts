import type { SectionProps } from './SectionProps.ts';

type Section = (props: SectionProps) => unknown;

/*
 * Every section component, imported eagerly: the site's component styles stay one stylesheet, as
 * with any static import (a lazy import would give each section a <style> element of its own).
 */
const modules = import.meta.glob<{ default: Section }>('./*.astro', { eager: true });

/** The section component the page registry names (`HomeSection`), or a build error saying so. */
export function sectionComponent(name: string): Section {
	const module = modules[`./${name}.astro`];
	if (!module) {
		throw new Error(
			`The page registry (src/routing/pages.ts) names section "${name}", but src/components/sections/${name}.astro does not exist.`,
		);
	}
	return module.default;
}
