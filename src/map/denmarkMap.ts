import { geoMercator, geoPath } from 'd3-geo';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };

/** Denmark's ISO 3166-1 numeric code, the id world-atlas gives each country. */
const denmarkId = '208';

interface Located {
	coordinates?: { lat: number; lng: number } | undefined;
}

/** A map of Denmark drawn for an SVG: the outline as path data and the places that can be placed. */
export interface DenmarkMap<T> {
	width: number;
	height: number;
	/** Path data of Denmark's land (Natural Earth 1:50m, via world-atlas), rounded to whole pixels: finer detail is invisible at this size and costs bytes on every page that shows the map. */
	outline: string;
	/** Places with coordinates, and where they fall on the map. */
	placed: { place: T; x: number; y: number }[];
	/** Places without coordinates: list them, but never place them (and never at 0,0). */
	unplaced: T[];
}

/**
 * Projects Denmark and `places` onto a map `width` px wide (height follows the country's shape), at
 * build time: the page gets a small inline SVG and no script, tiles or third-party requests.
 */
export function denmarkMap<T extends Located>(
	places: readonly T[],
	width = 480,
	padding = 12,
): DenmarkMap<T> {
	const topology = countries as unknown as Topology<{
		countries: { type: 'GeometryCollection'; geometries: GeometryObject[] };
	}>;
	const geometry = topology.objects.countries.geometries.find((g) => g.id === denmarkId);
	if (!geometry) throw new Error('world-atlas has no Denmark (id 208): check the package version.');
	const denmark = feature(topology, geometry);
	const projection = geoMercator().fitWidth(width - 2 * padding, denmark);
	const path = geoPath(projection).digits(0);
	const [[x0, y0], [, y1]] = path.bounds(denmark);
	projection.translate([
		projection.translate()[0] + padding - x0,
		projection.translate()[1] + padding - y0,
	]);
	const placed: DenmarkMap<T>['placed'] = [];
	const unplaced: T[] = [];
	for (const place of places) {
		const point = place.coordinates && projection([place.coordinates.lng, place.coordinates.lat]);
		if (point) placed.push({ place, x: Math.round(point[0]), y: Math.round(point[1]) });
		else unplaced.push(place);
	}
	return {
		width,
		height: Math.ceil(y1 - y0 + 2 * padding),
		outline: path(denmark) ?? '',
		placed,
		unplaced,
	};
}
