import type { Place, PostalAddress, WithContext } from 'schema-dts';
import type { Office } from '../schemas/offices.ts';

/**
 * schema.org Place for an office, with a PostalAddress made only of the fields we have. Coordinates
 * are given as `geo` only when they mark the street address: a point for the area served would tell
 * search engines a door that is not there.
 */
export function placeLd(office: Office, url: string, country = 'DK'): WithContext<Place> {
	const address: PostalAddress = {
		'@type': 'PostalAddress',
		...(office.address && {
			streetAddress: office.address.street,
			postalCode: office.address.postalCode,
			addressLocality: office.address.city,
		}),
		addressRegion: office.region,
		addressCountry: country,
	};
	const coordinates = office.coordinates;
	return {
		'@context': 'https://schema.org',
		'@type': 'Place',
		name: office.name,
		url,
		address,
		...(coordinates?.precision === 'address' && {
			geo: { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lng },
		}),
		...(office.contact?.phone && { telephone: office.contact.phone }),
	};
}
