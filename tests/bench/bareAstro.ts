import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The bench's baseline: the smallest Astro 7 site that publishes the same stories — a paged story
 * list and one page per story in each language, Astro's default Markdown renderer and config,
 * indexed by Pagefind — and nothing else (no header, styles, CSP, sitemap, feeds or CMS). Built in
 * the same run as the site from the same generated stories, so the ratio between the two says
 * what the site's own work costs, whatever the machine's speed or load.
 */
const files: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }),
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
// Its own cache folder, new each round: node_modules/ is the project's (a link), and a data store
// left there by an earlier round would make the next build warm.
export default defineConfig({ site: 'https://example.org', trailingSlash: 'always', cacheDir: './.astro-cache' });
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
	stories: defineCollection({
		loader: glob({ pattern: '**/*.md', base: './stories' }),
		schema: z.object({ title: z.string(), date: z.coerce.date(), summary: z.string() }),
	}),
};
`,
	'src/layouts/Page.astro': `---
const { lang, title } = Astro.props;
---
<html lang={lang}>
	<head><meta charset="utf-8" /><title>{title}</title></head>
	<body><main data-pagefind-body><slot /></main></body>
</html>
`,
	'src/pages/[lang]/[...page].astro': `---
import { getCollection } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths({ paginate }) {
	const stories = (await getCollection('stories')).sort((a, b) => +b.data.date - +a.data.date);
	return ['da', 'en'].flatMap((lang) =>
		paginate(stories.filter((story) => story.id.startsWith(lang + '/')), { pageSize: 20, params: { lang } }),
	);
}
const { page } = Astro.props;
---
<Page lang={Astro.params.lang} title="Stories">
	<ul>{page.data.map((story) => <li><a href={'/' + story.id + '/'}>{story.data.title}</a><p>{story.data.summary}</p></li>)}</ul>
	{page.url.prev && <a href={page.url.prev}>Previous</a>}
	{page.url.next && <a href={page.url.next}>Next</a>}
</Page>
`,
	'src/pages/[lang]/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
	return (await getCollection('stories')).map((story) => {
		const [lang, slug] = story.id.split('/');
		return { params: { lang, slug }, props: { story } };
	});
}
const { story } = Astro.props;
const { Content } = await render(story);
---
<Page lang={Astro.params.lang} title={story.data.title}>
	<article><h1>{story.data.title}</h1><Content /></article>
</Page>
`,
};

/**
 * Writes the bare site into `dir` (sharing the project's node_modules); its stories go in
 * `dir/stories/{da,en}/`, which the caller fills with the same files the site gets.
 */
export function writeBareAstro(dir: string, nodeModules: string): string {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	symlinkSync(nodeModules, join(dir, 'node_modules'));
	return join(dir, 'stories');
}
