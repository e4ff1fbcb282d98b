import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import da from '../src/i18n/strings/da.ts';
import { formatDate } from '../src/i18n/formatDate.ts';

/**
 * Previews that mirror the site's markup and class names (StoryArticle, FaqGroups, ValueList,
 * OfficeDetails), styled by the site's own CSS, so an editor sees an entry as the page will show it.
 * Labels are the site's Danish UI strings: the preview shows the Danish page.
 */

type Props = PreviewTemplateComponentProps;

function field(entry: Props['entry'], name: string): string | undefined {
	const value: unknown = entry.getIn(['data', name]);
	return value === undefined || value === null || value === '' ? undefined : String(value);
}

function list(entry: Props['entry'], name: string): string[] {
	const value = entry.getIn(['data', name]) as { toJS?: () => unknown } | undefined;
	const items = value?.toJS?.();
	return Array.isArray(items) ? items.map(String) : [];
}

/** A YYYY-MM-DD date as the site writes it ("20. november 2026"); as typed while it is not one. */
function published(value: string | undefined): string | undefined {
	const date = value ? new Date(value) : undefined;
	return date && !Number.isNaN(date.getTime()) ? formatDate(date, da['locale.intl']) : value;
}

function fact(label: string, value: ReactNode) {
	return h('div', { key: label }, h('dt', null, label), h('dd', null, value));
}

function Page({ children }: { children: ReactNode }) {
	return h('main', { className: 'app-preview' }, children);
}

/** A story as its page shows it: heading, facts, picture, quote, text, topics. */
export function StoryPreview({ entry, widgetFor, getAsset, fieldsMetaData }: Props) {
	const office = field(entry, 'office');
	// The office's name once the editor has chosen it in this session; its key until then.
	const officeName = office && fieldsMetaData?.getIn(['office', 'offices', office, 'name']);
	const imageSrc = entry.getIn(['data', 'image', 'src']) as string | undefined;
	const imageAlt = entry.getIn(['data', 'image', 'alt']) as string | undefined;
	const people = list(entry, 'people');
	const tags = list(entry, 'tags');
	return h(
		Page,
		null,
		h(
			'article',
			{ className: 'app-story' },
			h(
				'header',
				{ className: 'app-page-header' },
				h('h1', { className: 'app-page-header__title' }, field(entry, 'title')),
				h('p', { className: 'app-page-header__lead' }, field(entry, 'summary')),
				entry.getIn(['data', 'illustrative']) === true &&
					h(
						'div',
						{ className: 'app-illustrative app-illustrative--note' },
						h('strong', { className: 'app-illustrative__label' }, da['stories.illustrative']),
						h('p', null, da['stories.illustrativeNote']),
					),
			),
			h(
				'dl',
				{ className: 'app-story__facts' },
				fact(da['stories.people'], people.join(', ')),
				fact(da['stories.profession'], field(entry, 'profession')),
				field(entry, 'country') && fact(da['stories.country'], field(entry, 'country')),
				fact(da['stories.office'], String(officeName ?? office ?? '')),
				fact(da['stories.published'], published(field(entry, 'date'))),
			),
			imageSrc &&
				h('img', {
					className: 'app-story__image',
					src: getAsset(imageSrc)?.toString(),
					alt: imageAlt ?? '',
				}),
			field(entry, 'quote') &&
				h('blockquote', { className: 'app-story__quote' }, h('p', null, field(entry, 'quote'))),
			h('div', { className: 'app-prose' }, widgetFor('body')),
			tags.length > 0 &&
				h('p', { className: 'app-story__tags' }, `${da['stories.tags']}: ${tags.join(', ')}`),
		),
	);
}

/** A question as it appears in its group on the FAQ page. */
export function FaqPreview({ entry, widgetFor }: Props) {
	const audience = field(entry, 'audience') as 'mentee' | 'mentor' | 'partner' | 'everyone';
	return h(
		Page,
		null,
		h(
			'section',
			{ className: 'app-faq__group' },
			audience && h('h2', null, da[`faq.audience.${audience}`]),
			h(
				'div',
				{ className: 'app-faq__item' },
				h('h3', { className: 'app-faq__question' }, field(entry, 'question')),
				h('div', { className: 'app-prose' }, widgetFor('body')),
			),
		),
	);
}

/** A value as a card on the values page. */
export function ValuePreview({ entry, widgetFor }: Props) {
	return h(
		Page,
		null,
		h(
			'ol',
			{ className: 'app-grid-list app-value-list', role: 'list' },
			h(
				'li',
				{ className: 'app-value-list__item' },
				h(
					'p',
					{ className: 'app-value-list__number', 'aria-hidden': true },
					`${da['values.number']} ${field(entry, 'order') ?? ''}`,
				),
				h('h2', { className: 'app-value-list__title' }, field(entry, 'title')),
				h('div', { className: 'app-prose' }, widgetFor('body')),
			),
		),
	);
}

/** An office page: its text and the facts that are known. */
export function OfficePreview({ entry, widgetFor }: Props) {
	const address = ['street', 'postalCode', 'city'].map(
		(part) => entry.getIn(['data', 'address', part]) as string | undefined,
	);
	const sourceList = entry.getIn(['data', 'sources']) as { toJS?: () => unknown } | undefined;
	const sources = (sourceList?.toJS?.() ?? []) as { name?: string; date?: string; url?: string }[];
	return h(
		Page,
		null,
		h(
			'article',
			{ className: 'app-office-page' },
			h(
				'header',
				{ className: 'app-page-header' },
				h('h1', { className: 'app-page-header__title' }, field(entry, 'name')),
			),
			h('div', { className: 'app-prose' }, widgetFor('body')),
			h(
				'dl',
				{ className: 'app-office' },
				fact(da['offices.region'], field(entry, 'region')),
				field(entry, 'established') && fact(da['offices.established'], field(entry, 'established')),
				field(entry, 'openingHours') && fact(da['offices.hours'], field(entry, 'openingHours')),
				address[0] &&
					fact(
						da['offices.address'],
						h('address', null, address[0], h('br'), `${address[1] ?? ''} ${address[2] ?? ''}`),
					),
				field(entry, 'accessibility') &&
					fact(da['offices.accessibility'], field(entry, 'accessibility')),
				field(entry, 'directions') && fact(da['offices.directions'], field(entry, 'directions')),
				sources.length > 0 &&
					fact(
						da['offices.sources'],
						h(
							'ul',
							{ className: 'app-office__sources' },
							sources.map((source, i) =>
								h(
									'li',
									{ key: i },
									source.url ? h('a', { href: source.url }, source.name) : source.name,
									`, ${source.date ?? ''}`,
								),
							),
						),
					),
			),
			entry.getIn(['data', 'offered']) === false &&
				h('p', { className: 'app-office__unknown' }, da['offices.historyOnly']),
		),
	);
}
