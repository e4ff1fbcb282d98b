import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { denmarkMap } from '../../src/map/denmarkMap.ts';
import { osmUrl } from '../../src/map/osmUrl.ts';
import { placeLabels, type Box } from '../../src/map/placeLabels.ts';

const copenhagen = { name: 'Copenhagen', coordinates: { lat: 55.676, lng: 12.568 } };
const fyn = { name: 'Fyn', coordinates: { lat: 55.32, lng: 10.38 } };
const unknown = { name: 'Somewhere', coordinates: undefined };

describe('map of Denmark', () => {
	const map = denmarkMap([copenhagen, fyn, unknown], 480);

	it('draws the outline within the map', () => {
		assert.ok(map.outline.startsWith('M'), 'path data');
		assert.ok(map.outline.length < 6000, `outline is ${map.outline.length} characters`);
		const numbers = [...map.outline.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
		assert.ok(Math.min(...numbers) >= 0 && Math.max(...numbers) <= map.width);
		assert.ok(map.height > 200 && map.height < map.width);
	});

	it('places offices with coordinates where they are: Copenhagen east of Fyn, on the map', () => {
		const [kbh, odense] = map.placed;
		assert.equal(kbh?.place, copenhagen);
		assert.equal(odense?.place, fyn);
		assert.ok(kbh!.x > odense!.x, 'Copenhagen lies east of Fyn');
		for (const { x, y } of map.placed) {
			assert.ok(x > 0 && x < map.width && y > 0 && y < map.height, `${x},${y} is on the map`);
		}
	});

	it('lists an office without coordinates as unplaced, never at 0,0', () => {
		assert.deepEqual(map.unplaced, [unknown]);
		assert.equal(map.placed.length, 2);
	});
});

describe('OpenStreetMap links', () => {
	it('shows an area whole, without a marker', () => {
		assert.equal(
			osmUrl({ lat: 55.32, lng: 10.38, precision: 'area' }),
			'https://www.openstreetmap.org/#map=10/55.32/10.38',
		);
	});

	it('marks a street address close up', () => {
		assert.equal(
			osmUrl({ lat: 55.6761, lng: 12.5683, precision: 'address' }),
			'https://www.openstreetmap.org/?mlat=55.6761&mlon=12.5683#map=18/55.6761/12.5683',
		);
	});
});

describe('office names beside their markers', () => {
	const cities = [
		{ text: 'Aarhus', lat: 56.157, lng: 10.211 },
		{ text: 'Odense', lat: 55.396, lng: 10.388 },
		{ text: 'Svendborg', lat: 55.06, lng: 10.607 },
		{ text: 'Slagelse', lat: 55.403, lng: 11.354 },
		{ text: 'København', lat: 55.676, lng: 12.568 },
	].map(({ text, lat, lng }) => ({ text, coordinates: { lat, lng } }));
	const map = denmarkMap(cities, 360);
	const points = map.placed.map(({ x, y, place }) => ({ x, y, text: place.text }));
	const options = { width: map.width, height: map.height, markRadius: 12, gap: 4, fontSize: 17 };
	const overlaps = (a: Box, b: Box) =>
		a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

	it('puts a lone name after its marker in reading order: right in Danish, left in Arabic', () => {
		const lone = [{ x: 180, y: 100, text: 'Aarhus' }];
		const [ltr] = placeLabels(lone, { ...options, dir: 'ltr' });
		const [rtl] = placeLabels(lone, { ...options, dir: 'rtl' });
		assert.ok(ltr!.box.x > 180 && ltr!.anchor === 'start', 'Danish: to the right, starting there');
		// In right-to-left text "start" is the right-hand end: the name ends short of the marker.
		assert.ok(rtl!.box.x + rtl!.box.width < 180 && rtl!.anchor === 'start');
		assert.ok(rtl!.x < 180 - 12, 'the anchor is left of the marker');
	});

	for (const dir of ['ltr', 'rtl'] as const) {
		it(`${dir}: covers no marker and no other name with the five cities, inside the map`, () => {
			const labels = placeLabels(points, { ...options, dir });
			const marks = points.map(({ x, y }) => ({ x: x - 12, y: y - 12, width: 24, height: 24 }));
			for (const [i, { box }] of labels.entries()) {
				assert.ok(box.x >= 0 && box.x + box.width <= map.width, `${points[i]!.text} in width`);
				assert.ok(box.y >= 0 && box.y + box.height <= map.height, `${points[i]!.text} in height`);
				for (const mark of marks) assert.ok(!overlaps(box, mark), `${points[i]!.text} on a marker`);
				for (const [j, other] of labels.entries()) {
					if (j !== i) assert.ok(!overlaps(box, other.box), `${points[i]!.text} on another name`);
				}
			}
		});
	}
});
