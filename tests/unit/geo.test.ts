import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { denmarkMap } from '../../src/map/denmarkMap.ts';
import { osmUrl } from '../../src/map/osmUrl.ts';

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
