import CMS from './decap.ts';
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
import { danishAdditions, danishCorrections, mergePhrases } from './locale.ts';
import { describeProblem, entryProblems } from './validate.ts';

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

// The `PUBLIC_*` variables of the build (admin/config.ts says which the CMS reads).
const config = cmsConfig(import.meta.env);
const specs = new Map(collectionSpecs.map((spec) => [spec.name, spec]));

// Decap's Danish, with the strings it lacks (which would show in English) and a few corrections.
CMS.registerLocale('da', mergePhrases(CMS.getLocale('da'), danishAdditions, danishCorrections));

/**
 * Refuses what the build would refuse, in every language, with the schema's own messages. Throwing
 * makes Decap show the message and keep the entry open: nothing typed is lost.
 */
function check({ entry }: { entry: ImmutableLike }) {
	const spec = specs.get(String(entry.getIn(['collection'])));
	if (!spec) return undefined;
	const [defaultLocale, ...others] = config.i18n!.locales;
	const data = (path: string[]) => (entry.getIn(path) as ImmutableLike | undefined)?.toJS();
	const versions = Object.fromEntries([
		[defaultLocale, data(['data'])],
		...others.map((locale) => [locale, data(['i18n', locale, 'data'])]),
	]);
	const problems = entryProblems(spec.schema, versions);
	if (problems.length > 0) {
		// Decap shows «Dokumentet kunne ikke gemmes: <message>»; an Error would add "Error: ".
		throw problems.map((problem) => describeProblem(problem, spec.hints)).join('\n');
	}
	return undefined;
}
// On save, and again on publishing a draft: a draft changed outside the CMS (or saved before a rule
// was added) must not reach the site.
CMS.registerEventListener({ name: 'preSave', handler: check });
CMS.registerEventListener({ name: 'prePublish', handler: check });

CMS.init({ config });
