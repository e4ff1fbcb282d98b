/**
 * The page weight a story is held to: a story, header, footer, language switch and all, within
 * 6.5 KB gzip (gzip level 6, the HTML with its inline CSS). Issue 15 set 6 KB; issue 22 put every
 * other language's own name in every page's header and made the menu a popover that Esc closes,
 * which a story page carries too (docs/performance.md, "Page weight", has the figures).
 * tests/built/budgets.test.ts holds every built story to it; tests/unit/story-weight.test.ts a
 * generated story of about 600 words, as long as the stories editors write, which the site itself
 * does not have yet.
 */
export const storyBudget = 6.5 * 1024;
