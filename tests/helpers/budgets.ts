/**
 * The page weight issue 15 set: a story, header, footer, language switch and all, within 6 KB gzip
 * (gzip level 6, the HTML with its inline CSS). tests/built/budgets.test.ts holds every built story
 * to it; tests/unit/story-weight.test.ts a generated story of about 600 words, as long as the
 * stories editors write, which the site itself does not have yet.
 */
export const storyBudget = 6 * 1024;
