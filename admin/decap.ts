import { DecapCmsCore as CMS } from 'decap-cms-core';
import { GitHubBackend } from 'decap-cms-backend-github';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { da, en } from 'decap-cms-locales';
import DecapCmsWidgetBoolean from 'decap-cms-widget-boolean';
import DecapCmsWidgetDatetime from 'decap-cms-widget-datetime';
import DecapCmsWidgetImage from 'decap-cms-widget-image';
import DecapCmsWidgetList from 'decap-cms-widget-list';
import markdownSchema from 'decap-cms-widget-markdown/dist/esm/schema.js';
import DecapCmsWidgetNumber from 'decap-cms-widget-number';
import DecapCmsWidgetObject from 'decap-cms-widget-object';
import DecapCmsWidgetRelation from 'decap-cms-widget-relation';
import DecapCmsWidgetSelect from 'decap-cms-widget-select';
import DecapCmsWidgetString from 'decap-cms-widget-string';
import DecapCmsWidgetText from 'decap-cms-widget-text';
import { lazyWidget } from './lazyWidget.ts';

/**
 * Decap CMS from its modular packages, with only what this site uses: `decap-cms-app` bundles every
 * backend (GitLab, Azure, Bitbucket…), every widget (a code editor, a map) and every interface language,
 * far more than editors need to download (docs/performance.md#the-cms). Registered here: the GitHub backend (production), the proxy
 * backend (`local_backend`, decap-server), the widgets admin/fields.ts and admin/collections.ts produce
 * (tests/unit/cms.test.ts checks the list), and the Danish and English interface.
 *
 * The Markdown editor (a rich-text editor, HTML and Markdown parsers, a server renderer for its
 * previews: a large part of the CMS) is downloaded when an entry with a body is first opened, not
 * with the CMS.
 */
CMS.registerBackend('github', GitHubBackend);
CMS.registerBackend('proxy', ProxyBackend);
for (const widget of [
	DecapCmsWidgetString,
	DecapCmsWidgetText,
	DecapCmsWidgetNumber,
	DecapCmsWidgetBoolean,
	DecapCmsWidgetDatetime,
	DecapCmsWidgetSelect,
	DecapCmsWidgetObject,
	DecapCmsWidgetList,
	DecapCmsWidgetRelation,
	DecapCmsWidgetImage,
]) {
	CMS.registerWidget(widget.Widget());
}
CMS.registerWidget(
	lazyWidget('markdown', markdownSchema, () =>
		import('./markdownWidget.ts').then((markdown) => markdown.default.Widget()),
	),
);
CMS.registerLocale('en', en);
CMS.registerLocale('da', da);

export default CMS;
