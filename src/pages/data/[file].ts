import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, t, type Locale } from '../../i18n/locales.ts';
import { pageExistsIn } from '../../routing/pages.ts';
import { routePath } from '../../routing/routes.ts';
import { figureRecords } from '../../figures/figureRecords.ts';
import { commaCsv, danishCsv, figuresCsv } from '../../figures/figuresCsv.ts';
import { figuresLicence } from '../../figures/figuresLicence.ts';
import {
	figuresDataFormats,
	figuresDataPath,
	type FiguresDataFormat,
} from '../../figures/figuresDataPath.ts';
import { localizedEntries } from '../../collections/localizedEntries.ts';
import { siteSettings } from '../../collections/siteSettings.ts';
import { sortByOrder } from '../../entries/sortByOrder.ts';

/**
 * The figures as open data, one JSON and one CSV file per language that has the figures (the model
 * page's languages), from the figures collection.
 */
export const getStaticPaths = (() =>
	locales
		.filter((locale) => pageExistsIn('model', locale))
		.flatMap((locale) =>
			figuresDataFormats.map((format) => ({
				params: { file: figuresDataPath(locale, format).split('/').at(-1) },
				props: { locale, format },
			})),
		)) satisfies GetStaticPaths;

interface Props {
	locale: Locale;
	format: FiguresDataFormat;
}

export const GET: APIRoute<Props> = async ({ props: { locale, format }, site }) => {
	const records = figureRecords(sortByOrder(await localizedEntries('figures', locale)), locale);
	if (format === 'csv') {
		// The Danish file for Danish spreadsheets (semicolons, decimal commas); the comma file for the rest.
		const dialect = locale === 'da' ? danishCsv : commaCsv;
		return new Response(figuresCsv(records, dialect), {
			headers: { 'Content-Type': 'text/csv; charset=utf-8' },
		});
	}
	const settings = await siteSettings(locale);
	const body = {
		title: t(locale, 'home.figuresHeading'),
		publisher: settings.organisation,
		language: locale,
		// Where the figures are shown with their sources, for anyone citing them.
		url: new URL(routePath({ locale, page: 'model' }), site).href,
		licence: figuresLicence,
		figures: records,
	};
	return new Response(JSON.stringify(body, null, '\t') + '\n', {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
