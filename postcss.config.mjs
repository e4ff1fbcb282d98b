// @ts-check
import { fileURLToPath } from 'node:url';
import postcssGlobalData from '@csstools/postcss-global-data';
import postcssCustomProperties from 'postcss-custom-properties';

/**
 * The design tokens (`--app-*` on :root in src/styles/tokens.css) are written as custom properties
 * and shipped as their values. Every page inlines its own CSS, and the tokens' definitions and the
 * var() around each use cost every page bytes against the story page's budget (issue 15;
 * docs/decisions/0012-tokens-shipped-as-values.md, the figures in docs/performance.md). Nothing
 * changes a token at run time (no theme, no script, no media query), so the value is all a browser
 * needs. global-data shows tokens.css to every stylesheet (the site's, the print
 * sheet, the CMS previews') without shipping it; a custom property a component sets on its own
 * element (`--app-grid-list-min`) stays a custom property. tests/built/budgets.test.ts fails if a
 * token reaches the built CSS unresolved.
 */
export default {
	plugins: [
		postcssGlobalData({
			files: [fileURLToPath(new URL('src/styles/tokens.css', import.meta.url))],
		}),
		postcssCustomProperties({ preserve: false }),
	],
};
