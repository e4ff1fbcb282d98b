import type { CmsWidgetParam } from 'decap-cms-core';
import CMS from './decap.ts';
import faqStyles from '../src/components/content/FaqGroups.css?inline';
import illustrativeStyles from '../src/components/content/IllustrativeLabel.css?inline';
import officeStyles from '../src/components/content/OfficeDetails.css?inline';
import pageHeaderStyles from '../src/components/content/PageHeader.css?inline';
import storyStyles from '../src/components/content/StoryArticle.css?inline';
import valueStyles from '../src/components/content/ValueList.css?inline';
import siteStyles from '../src/styles/global.css?inline';
import gridListStyles from '../src/styles/patterns/grid-list.css?inline';
import { collectionSpecs } from './collections.ts';
import { cmsConfig } from './config.ts';
import previewStyles from './preview.css?inline';
import { FaqPreview, OfficePreview, StoryPreview, ValuePreview } from './previews.ts';
import { danishAdditions, danishCorrections, mergePhrases } from './locale.ts';
import { describeProblem, entryProblems } from './validate.ts';
import { refuseUnusableUploads } from './media.ts';
import { markable, markProblems } from './marks.ts';
import { addHelpLink, guideUrl } from './help.ts';
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
	gridListStyles,
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

/** A widget as Decap's registry holds it (`getWidgets` is not in decap-cms-core's types). */
interface RegisteredWidget {
	name: string;
	control: Parameters<typeof markable>[0];
	preview?: unknown;
	[option: string]: unknown;
}

// Every field can be marked by the save check below (admin/marks.ts): each registered widget's
// control again, wrapped, with its preview and options as they were.
for (const { name, control, preview, ...options } of (
	CMS as unknown as { getWidgets(): RegisteredWidget[] }
).getWidgets()) {
	CMS.registerWidget({
		...options,
		name,
		controlComponent: markable(control),
		previewComponent: preview,
	} as unknown as CmsWidgetParam);
}

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
	// The collection's own languages: the partial ones only where they are covered.
	const own = config.collections.find((c) => c.name === entry.getIn(['collection']))?.i18n;
	const [defaultLocale, ...others] = typeof own === 'object' ? own.locales : config.i18n!.locales;
	const data = (path: string[]) => (entry.getIn(path) as ImmutableLike | undefined)?.toJS();
	const versions = Object.fromEntries([
		[defaultLocale, data(['data'])],
		...others.map((locale) => [locale, data(['i18n', locale, 'data'])]),
	]);
	const problems = entryProblems(spec.schema, versions, completeLocales);
	markProblems(problems);
	if (problems.length > 0) {
		// Decap shows «Dokumentet kunne ikke gemmes: <message>»; an Error would add "Error: ".
		throw problems.map((problem) => describeProblem(problem, spec.schema)).join('\n');
	}
	return undefined;
}
// On save, and again on publishing a draft: a draft changed outside the CMS (or saved before a rule
// was added) must not reach the site.
CMS.registerEventListener({ name: 'preSave', handler: check });
CMS.registerEventListener({ name: 'prePublish', handler: check });

// Uploads the site cannot show are refused, in the interface's language.
refuseUnusableUploads(config.locale === 'en' ? 'en' : 'da');

CMS.init({ config });
const backend = config.backend as { repo: string; branch: string };
addHelpLink(guideUrl(backend.repo, backend.branch));
