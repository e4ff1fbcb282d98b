import CMS from 'decap-cms-app';
import faqStyles from '../src/styles/components/faq-groups.css?inline';
import illustrativeStyles from '../src/styles/components/illustrative-label.css?inline';
import officeStyles from '../src/styles/components/office-details.css?inline';
import pageHeaderStyles from '../src/styles/components/page-header.css?inline';
import storyStyles from '../src/styles/components/story-article.css?inline';
import valueStyles from '../src/styles/components/value-list.css?inline';
import siteStyles from '../src/styles/global.css?inline';
import { collectionSpecs } from './collections.ts';
import { cmsConfig } from './config.ts';
import previewStyles from './preview.css?inline';
import { FaqPreview, OfficePreview, StoryPreview, ValuePreview } from './previews.ts';
import { entryProblems } from './validate.ts';
import { completeLocales } from '../src/i18n/locales.ts';

/**
 * The CMS at /admin/: Decap, bundled by Vite from npm (no CDN), configured in code rather than a
 * config.yml so that its collections are generated from the zod schemas.
 */

/** The part of Immutable.js's Map that the save check reads. */
interface ImmutableLike {
	toJS(): Record<string, unknown>;
	getIn(path: string[]): unknown;
}

// The previews draw with the site's own stylesheets: the global ones, then the components' they mirror.
for (const styles of [
	siteStyles,
	pageHeaderStyles,
	illustrativeStyles,
	storyStyles,
	faqStyles,
	valueStyles,
	officeStyles,
	previewStyles,
]) {
	CMS.registerPreviewStyle(styles, { raw: true });
}
CMS.registerPreviewTemplate('stories', StoryPreview);
CMS.registerPreviewTemplate('faqs', FaqPreview);
CMS.registerPreviewTemplate('values', ValuePreview);
CMS.registerPreviewTemplate('offices', OfficePreview);

const config = cmsConfig({
	PUBLIC_CMS_REPO: import.meta.env.PUBLIC_CMS_REPO,
	PUBLIC_CMS_BRANCH: import.meta.env.PUBLIC_CMS_BRANCH,
	PUBLIC_CMS_AUTH_URL: import.meta.env.PUBLIC_CMS_AUTH_URL,
	PUBLIC_DECAP_LOCAL_URL: import.meta.env.PUBLIC_DECAP_LOCAL_URL,
});
const schemas = new Map(collectionSpecs.map((spec) => [spec.name, spec.schema]));

// Refuses to save what the build would refuse, in every language, with the schema's own messages.
// Throwing here makes Decap show the message and keep the entry open: nothing typed is lost.
CMS.registerEventListener({
	name: 'preSave',
	handler: ({ entry }) => {
		const schema = schemas.get(String(entry.get('collection')));
		if (!schema) return undefined;
		// The collection's own languages: the partial ones only where they are covered.
		const own = config.collections.find((c) => c.name === entry.get('collection'))?.i18n;
		const [defaultLocale, ...others] = typeof own === 'object' ? own.locales : config.i18n!.locales;
		const data = (path: string[]) => (entry.getIn(path) as ImmutableLike | undefined)?.toJS();
		const versions = Object.fromEntries([
			[defaultLocale, data(['data'])],
			...others.map((locale) => [locale, data(['i18n', locale, 'data'])]),
		]);
		const problems = entryProblems(schema, versions, completeLocales);
		if (problems.length > 0) throw new Error(problems.join('\n'));
		return undefined;
	},
});

CMS.init({ config });
