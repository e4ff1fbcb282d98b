/** A point on the map with the name to write beside it. */
export interface LabelledPoint {
	x: number;
	y: number;
	text: string;
}

/** A rectangle in map units. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Where a label goes: an SVG text position and anchor that mean the same box in either direction. */
export interface PlacedLabel {
	/** The anchor point, in map units. */
	x: number;
	/** The text's baseline, in map units. */
	y: number;
	/** `text-anchor` for a `<text>` written in the page's direction. */
	anchor: 'start' | 'middle' | 'end';
	/** The box the label is expected to fill, halo included (estimated from its length). */
	box: Box;
}

export interface LabelOptions {
	/** The map's size, which labels stay inside. */
	width: number;
	height: number;
	/** The page's direction: a label goes after its marker in reading order when there is room. */
	dir: 'ltr' | 'rtl';
	/** The marker's radius, and the space kept between it and its label. */
	markRadius: number;
	gap: number;
	fontSize: number;
	/**
	 * Average advance of a bold character as a share of the font size: generous (0.62), so an estimate
	 * errs towards more room. The browser test measures the real boxes.
	 */
	charWidth?: number;
	/**
	 * The width of the halo drawn round each letter (a stroke in the background colour, so a name
	 * stays readable over the coastline): it paints over whatever it touches, so it counts as label.
	 */
	halo?: number;
	/** Room kept free around each label, in map units. */
	room?: number;
}

/** Beside the marker (after or before it in reading order), level with it or shifted; or centred. */
type Side = { along: 'after' | 'before' | 'centre'; shift: 'level' | 'up' | 'down' };

/** In order of preference: after the marker as the eye reads on, then before it, below, above. */
const sides: Side[] = [
	{ along: 'after', shift: 'level' },
	{ along: 'before', shift: 'level' },
	{ along: 'after', shift: 'up' },
	{ along: 'after', shift: 'down' },
	{ along: 'before', shift: 'up' },
	{ along: 'before', shift: 'down' },
	{ along: 'centre', shift: 'down' },
	{ along: 'centre', shift: 'up' },
];

function overlap(a: Box, b: Box): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

/** How far the point (x, y) is from the nearest edge of `b`; 0 inside it. */
function distance(b: Box, x: number, y: number): number {
	const dx = Math.max(b.x - x, 0, x - (b.x + b.width));
	const dy = Math.max(b.y - y, 0, y - (b.y + b.height));
	return Math.hypot(dx, dy);
}

function grow(b: Box, by: number): Box {
	return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

/**
 * Places each point's label beside its marker, covering no marker and no other label where the
 * map leaves room: after the marker in reading order (right in Danish, left in Arabic and Persian)
 * when that is free, else the free place nearest that. Done at build time with estimated text
 * widths, so the map needs no script. SVG's `text-anchor` follows the text's direction — in
 * right-to-left text "start" is the right-hand end, which is why one fixed anchor once wrote the
 * Arabic names back over their markers — so the anchor is chosen for `dir`.
 */
export function placeLabels(
	points: readonly LabelledPoint[],
	options: LabelOptions,
): PlacedLabel[] {
	const { width, height, dir, markRadius: r, gap, fontSize } = options;
	const { charWidth = 0.62, halo = 0, room = 2 } = options;
	const marks = points.map(({ x, y }) => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r }));
	/** Whether `along` puts the label on the marker's right-hand side. */
	const onRight = (along: Side['along']) => (along === 'after') === (dir === 'ltr');
	const boxOf = ({ x, y, text }: LabelledPoint, { along, shift }: Side): Box => {
		const w = Math.ceil(text.length * fontSize * charWidth + 2 * halo);
		const h = Math.ceil(fontSize * 1.4 + 2 * halo);
		if (along === 'centre') {
			const top = shift === 'down' ? y + r + gap : y - r - gap - h;
			return { x: x - w / 2, y: top, width: w, height: h };
		}
		const left = onRight(along) ? x + r + gap : x - r - gap - w;
		const top = { level: y - h / 2, up: y - h + r / 2, down: y - r / 2 }[shift];
		return { x: left, y: top, width: w, height: h };
	};
	const outside = (b: Box) =>
		Math.max(0, -b.x) +
		Math.max(0, b.x + b.width - width) +
		Math.max(0, -b.y) +
		Math.max(0, b.y + b.height - height);
	/**
	 * What a label at a place costs: what it covers (markers, other labels, the map's edge), being
	 * as near another marker as its own (she could read it as that marker's name), and a small
	 * price for each step down the preferences.
	 */
	const cost = (i: number, choice: number, chosen: number[]) => {
		const own = boxOf(points[i]!, sides[choice]!);
		const box = grow(own, room);
		let covered = 1000 * outside(box);
		for (const mark of marks) covered += overlap(box, mark);
		const near = distance(own, points[i]!.x, points[i]!.y) + gap;
		for (const [j, other] of points.entries()) {
			if (j !== i && distance(own, other.x, other.y) < near + r) covered += 300;
		}
		for (const [j, other] of chosen.entries()) {
			if (j !== i) covered += overlap(box, boxOf(points[j]!, sides[other]!));
		}
		return covered + choice * 0.01;
	};
	// Each label in turn takes its cheapest place given the others, until none can do better: a
	// handful of passes settles five offices, and the work stays small as editors add more.
	const chosen = points.map(() => 0);
	for (let pass = 0; pass < 10; pass++) {
		let moved = false;
		for (const i of chosen.keys()) {
			const best = sides.reduce((b, _, c) => (cost(i, c, chosen) < cost(i, b, chosen) ? c : b), 0);
			if (best !== chosen[i]) {
				chosen[i] = best;
				moved = true;
			}
		}
		if (!moved) break;
	}
	return points.map((point, i) => {
		const side = sides[chosen[i]!]!;
		const box = boxOf(point, side);
		// The baseline sits a little below the box's middle, as a capital letter's does.
		const y = Math.round(box.y + box.height / 2 + fontSize * 0.4);
		if (side.along === 'centre') return { x: point.x, y, anchor: 'middle', box };
		// Text after the marker starts next to it, text before it ends there, in either direction.
		const x = onRight(side.along) ? box.x + halo : box.x + box.width - halo;
		return { x, y, anchor: side.along === 'after' ? 'start' : 'end', box };
	});
}
