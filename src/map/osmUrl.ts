import type { Office } from '../schemas/offices.ts';

type Coordinates = NonNullable<Office['coordinates']>;

/**
 * A plain link to a place on OpenStreetMap. A street address gets a marker, close up; an area (a city,
 * an island) is shown whole and unmarked, so the link does not pretend to know the office's door.
 */
export function osmUrl({ lat, lng, precision }: Coordinates): string {
	const view = precision === 'address' ? `18/${lat}/${lng}` : `10/${lat}/${lng}`;
	const marker = precision === 'address' ? `?mlat=${lat}&mlon=${lng}` : '';
	return `https://www.openstreetmap.org/${marker}#map=${view}`;
}
