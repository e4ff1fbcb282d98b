import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleLd } from '../../src/structured-data/articleLd.ts';
import { faqPageLd } from '../../src/structured-data/faqPageLd.ts';
import {
	organizationId,
	organizationLd,
	organizationNode,
} from '../../src/structured-data/organizationLd.ts';
import { placeLd } from '../../src/structured-data/placeLd.ts';
import { serializeJsonLd } from '../../src/structured-data/serializeJsonLd.ts';

const site = new URL('https://mentor.example/');

/** A JSON-LD object's own fields, for assertions (schema-dts types are unions of every subtype). */
const fields = (ld: object) => ld as Record<string, unknown>;

describe('JSON-LD', () => {
	it('describes the organisation from the settings, leaving out what they lack', () => {
		const ld = organizationLd(
			{
				organisation: "KVINFO's Mentor Network",
				tagline: 'Pairs women.',
				contact: { website: 'https://kvinfo.dk/mentornetvaerk' },
				history: [],
				social: [],
			},
			site,
		);
		assert.equal(fields(ld)['@type'], 'Organization');
		assert.equal(fields(ld)['@id'], 'https://mentor.example/#organization');
		assert.deepEqual(fields(ld).sameAs, ['https://kvinfo.dk/mentornetvaerk']);
		assert.equal('email' in ld, false);
	});

	it('names the same organisation on other pages by its id, without repeating the rest', () => {
		const settings = {
			organisation: "KVINFO's Mentor Network",
			tagline: 'Pairs women.',
			contact: { website: 'https://kvinfo.dk/mentornetvaerk', email: 'mentor@example.org' },
			history: [],
			social: [],
		};
		const full = fields(organizationLd(settings, site));
		const node = fields(organizationNode(settings, site));
		assert.equal(full.description, 'Pairs women.');
		assert.equal(full.email, 'mentor@example.org');
		assert.deepEqual(node, {
			'@context': full['@context'],
			'@type': 'Organization',
			'@id': organizationId(site),
			name: full.name,
			url: full.url,
		});
	});

	it('says in an illustrative story’s Article that it is illustrative', () => {
		const story = {
			title: 'Amal',
			summary: 'A story.',
			date: new Date('2026-09-03'),
			tags: [],
			illustrative: true,
		};
		const input = { story, url: 'https://mentor.example/en/stories/amal/', inLanguage: 'en', site };
		const ld = articleLd({ ...input, illustrativeGenre: 'Illustrative story' });
		assert.equal(fields(ld)['@type'], 'Article');
		assert.equal(fields(ld).datePublished, '2026-09-03');
		assert.equal(fields(ld).genre, 'Illustrative story');
		assert.deepEqual(fields(ld).author, { '@id': organizationId(site) });
		const real = articleLd({
			...input,
			story: { ...story, illustrative: false },
			illustrativeGenre: 'x',
		});
		assert.equal('genre' in real, false);
	});

	it('lists each question with its answer', () => {
		const ld = faqPageLd(
			[{ question: 'Q?', answer: '<p>A.</p>' }],
			'da',
			'https://mentor.example/',
		);
		assert.deepEqual(fields(ld).mainEntity, [
			{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: '<p>A.</p>' } },
		]);
	});

	it('gives a Place only the address fields we have, and no point for an area', () => {
		const ld = placeLd(
			{
				name: 'Fyn',
				region: 'Fyn',
				order: 2,
				offered: false,
				sources: [{ name: 'KVINFO', date: 'oktober 2012' }],
				coordinates: { lat: 55.32, lng: 10.38, precision: 'area' },
			},
			'https://mentor.example/kontorer/fyn/',
		);
		assert.deepEqual(fields(ld).address, {
			'@type': 'PostalAddress',
			addressRegion: 'Fyn',
			addressCountry: 'DK',
		});
		assert.equal('geo' in ld, false);
	});

	it('cannot be broken out of its script element by content', () => {
		const text = serializeJsonLd({
			'@context': 'https://schema.org',
			'@type': 'Article',
			headline: '</script><script>alert(1)</script> & more',
		});
		assert.equal(text.includes('<'), false);
		assert.equal(JSON.parse(text).headline, '</script><script>alert(1)</script> & more');
	});
});
