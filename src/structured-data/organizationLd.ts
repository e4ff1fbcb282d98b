import type { Organization, WithContext } from 'schema-dts';
import type { Settings } from '../schemas/settings.ts';

/** The id every page's Organization carries, so Article and Place can point at it. */
export function organizationId(site: URL): string {
	return new URL('/#organization', site).href;
}

/**
 * schema.org Organization for the programme, from the site settings: only what they hold. The home
 * page carries it whole; every other page names the same organisation by its id (organizationNode).
 */
export function organizationLd(settings: Settings, site: URL): WithContext<Organization> {
	const sameAs = [settings.contact.website, ...settings.social.map((link) => link.url)].filter(
		(url): url is string => url !== undefined,
	);
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		'@id': organizationId(site),
		name: settings.organisation,
		description: settings.tagline,
		url: new URL('/', site).href,
		...(settings.contact.email && { email: settings.contact.email }),
		...(settings.contact.phone && { telephone: settings.contact.phone }),
		...(sameAs.length > 0 && { sameAs }),
		// The seed: "The Mentor Network is a concept developed by KVINFO".
		parentOrganization: { '@type': 'Organization', name: 'KVINFO' },
	};
}

/**
 * The Organization on every page but the home page: the same id, its name and address, which an
 * Article's or Place's author and publisher point at. The rest (description, contact, sameAs, the
 * parent organisation) is said once, on the home page, rather than repeated in every page's bytes
 * (issue 15: the story page's weight budget, tests/helpers/budgets.ts).
 */
export function organizationNode(settings: Settings, site: URL): WithContext<Organization> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		'@id': organizationId(site),
		name: settings.organisation,
		url: new URL('/', site).href,
	};
}
