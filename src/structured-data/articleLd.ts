import type { Article, WithContext } from 'schema-dts';
import type { Story } from '../schemas/stories.ts';
import { organizationId } from './organizationLd.ts';

interface ArticleInput {
	story: Pick<Story, 'title' | 'summary' | 'date' | 'illustrative' | 'tags'>;
	/** The story page's absolute URL. */
	url: string;
	inLanguage: string;
	site: URL;
	/** Said in `genre` of an illustrative story, e.g. "Illustrative story", so it is never read as real. */
	illustrativeGenre: string;
}

/** schema.org Article for a story; the organisation is author and publisher. */
export function articleLd({
	story,
	url,
	inLanguage,
	site,
	illustrativeGenre,
}: ArticleInput): WithContext<Article> {
	const organisation = { '@id': organizationId(site) };
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: story.title,
		description: story.summary,
		datePublished: story.date.toISOString().slice(0, 10),
		inLanguage,
		// The page's address once: `mainEntityOfPage` would only repeat it (and the canonical link).
		url,
		author: organisation,
		publisher: organisation,
		...(story.illustrative && { genre: illustrativeGenre }),
		...(story.tags.length > 0 && { keywords: story.tags.join(', ') }),
	};
}
