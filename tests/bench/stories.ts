import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Word pools, Danish and English side by side, so each generated story exists in both languages. */
const professions = [
	['Sygeplejerske', 'Nurse'],
	['Civilingeniør', 'Civil engineer'],
	['Lærer', 'Teacher'],
	['Journalist', 'Journalist'],
	['Arkitekt', 'Architect'],
	['Revisor', 'Accountant'],
	['Farmaceut', 'Pharmacist'],
	['Læge', 'Doctor'],
	['Tandlæge', 'Dentist'],
	['Økonom', 'Economist'],
	['Jurist', 'Lawyer'],
	['Biolog', 'Biologist'],
	['Kemiker', 'Chemist'],
	['Programmør', 'Programmer'],
	['Grafisk designer', 'Graphic designer'],
	['Bibliotekar', 'Librarian'],
	['Socialrådgiver', 'Social worker'],
	['Pædagog', 'Pedagogue'],
	['Fysioterapeut', 'Physiotherapist'],
	['Landmåler', 'Surveyor'],
	['Dyrlæge', 'Vet'],
	['Tolk', 'Interpreter'],
	['Bogholder', 'Bookkeeper'],
	['Elektriker', 'Electrician'],
];
const countries = [
	['Syrien', 'Syria'],
	['Irak', 'Iraq'],
	['Iran', 'Iran'],
	['Somalia', 'Somalia'],
	['Afghanistan', 'Afghanistan'],
	['Eritrea', 'Eritrea'],
	['Polen', 'Poland'],
	['Ukraine', 'Ukraine'],
	['Tyrkiet', 'Turkey'],
	['Kina', 'China'],
	['Vietnam', 'Vietnam'],
	['Brasilien', 'Brazil'],
	['Pakistan', 'Pakistan'],
	['Marokko', 'Morocco'],
	['Colombia', 'Colombia'],
	['Filippinerne', 'the Philippines'],
];
const mentees = [
	'Nadia',
	'Leila',
	'Sara',
	'Mariam',
	'Hana',
	'Rania',
	'Aylin',
	'Yasmin',
	'Olena',
].concat(['Lin', 'Thi', 'Ana', 'Zainab', 'Farah', 'Noor', 'Ewa', 'Kasia', 'Fatima', 'Amina']);
const mentors = [
	'Anne',
	'Mette',
	'Lone',
	'Karen',
	'Susanne',
	'Birgit',
	'Tine',
	'Hanne',
	'Lene',
].concat(['Pia', 'Helle', 'Marianne', 'Dorthe', 'Camilla', 'Louise', 'Signe', 'Ida', 'Maja']);
const topics = [
	['cv', 'CV'],
	['jobsamtale', 'job interview'],
	['netværk', 'network'],
	['praktik', 'internship'],
	['fagsprog', 'professional language'],
	['efteruddannelse', 'further education'],
	['frivilligt arbejde', 'volunteering'],
	['arbejdspladskultur', 'workplace culture'],
	['ansøgning', 'application'],
	['iværksætteri', 'entrepreneurship'],
];
const places = [
	['et bibliotek', 'a library'],
	['en café', 'a café'],
	['et museum', 'a museum'],
	['en park', 'a park'],
	['et kulturhus', 'a culture house'],
	['en boghandel', 'a bookshop'],
	['et bageri', 'a bakery'],
	['en havn', 'a harbour'],
];
const workplaces = [
	['et hospital', 'a hospital'],
	['en skole', 'a school'],
	['en kommune', 'a municipality'],
	['et ingeniørfirma', 'an engineering firm'],
	['en avis', 'a newspaper'],
	['et apotek', 'a pharmacy'],
	['et revisionsfirma', 'an accounting firm'],
	['et laboratorium', 'a laboratory'],
	['et softwarefirma', 'a software company'],
	['en tegnestue', 'an architects’ office'],
	['en børnehave', 'a kindergarten'],
	['et vandværk', 'a waterworks'],
];
const skills = [
	['projektledelse', 'project management'],
	['statistik', 'statistics'],
	['undervisning', 'teaching'],
	['kvalitetssikring', 'quality assurance'],
	['budgetter', 'budgets'],
	['patientpleje', 'patient care'],
	['forskning', 'research'],
	['kundeservice', 'customer service'],
	['oversættelse', 'translation'],
	['tegning', 'drawing'],
];

const syllables = [
	'ka',
	'ri',
	'mo',
	'sen',
	'lu',
	'ta',
	'vi',
	'dor',
	'ne',
	'pa',
	'sol',
	'be',
	'ham',
	'fi',
];

/**
 * A few made-up words per story, so the vocabulary grows with the number of stories as it would with
 * real ones (names, places, employers, technical terms), rather than staying at the pools' size.
 */
function rareWords(next: () => number, count: number): string[] {
	return Array.from({ length: count }, () =>
		Array.from(
			{ length: 3 + Math.floor(next() * 2) },
			() => syllables[Math.floor(next() * syllables.length)],
		).join(''),
	);
}

/** A small seeded random generator (mulberry32): the same stories on every run. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Writes `count` illustrative stories into `content/stories/{da,en}/` under `root`, each with valid
 * frontmatter and a body of a few hundred varied words, as an editor might write them.
 */
export function generateStories(root: string, count: number): void {
	const next = random(2012);
	const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
	for (const locale of ['da', 'en'] as const) mkdirSync(join(root, locale), { recursive: true });
	for (let n = 1; n <= count; n++) {
		const [proDa, proEn] = pick(professions);
		const [countryDa, countryEn] = pick(countries);
		const [topicDa, topicEn] = pick(topics);
		const [placeDa, placeEn] = pick(places);
		const [workDa, workEn] = pick(workplaces);
		const [skillDa, skillEn] = pick(skills);
		const mentee = pick(mentees);
		const mentor = pick(mentors);
		const office = next() < 0.6 ? 'koebenhavn' : 'fyn';
		const years = 2 + Math.floor(next() * 20);
		const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
		const date = `${2014 + (n % 12)}-${month}-15`;
		const key = `bench-${String(n).padStart(4, '0')}`;
		const rare = rareWords(next, 12).join(', ');
		const da = {
			title: `${mentee} fandt vej tilbage til sit fag som ${proDa.toLowerCase()}`,
			summary: `${mentee} er ${proDa.toLowerCase()} fra ${countryDa}. Med ${mentor} som mentor fik hun hjælp til ${topicDa}.`,
			quote: `${mentor} lyttede til, hvad jeg selv ville. Det gjorde hele forskellen.`,
			body: [
				`${mentee} arbejdede i ${years} år som ${proDa.toLowerCase()} i ${countryDa}. Hun var god til ${skillDa}. Da hun kom til Danmark, lærte hun dansk på sprogskole, men hun manglede et netværk.`,
				`Hun blev matchet med ${mentor}, som arbejder på ${workDa}. De mødtes første gang på ${placeDa} og talte om ${topicDa} og om, hvordan en dansk arbejdsplads fungerer.`,
				`${mentor} præsenterede ${mentee} for kolleger, og sammen øvede de sig på at fortælle om erfaringer med ${skillDa}. Efter nogle måneder fik ${mentee} en samtale på ${workDa}.`,
				`"Jeg lærte, at man godt må spørge. Nu ved jeg, hvor jeg skal begynde," siger ${mentee}. Parret mødes stadig et par timer om måneden.`,
				`Andre emner i forløbet: ${rare}.`,
			],
		};
		const en = {
			title: `${mentee} found her way back to her field as a ${proEn.toLowerCase()}`,
			summary: `${mentee} is a ${proEn.toLowerCase()} from ${countryEn}. With ${mentor} as her mentor, she got help with ${topicEn}.`,
			quote: `${mentor} listened to what I wanted myself. That made all the difference.`,
			body: [
				`${mentee} worked for ${years} years as a ${proEn.toLowerCase()} in ${countryEn}. She was good at ${skillEn}. When she came to Denmark she learned Danish at language school, but she had no network.`,
				`She was matched with ${mentor}, who works at ${workEn}. They first met at ${placeEn} and talked about ${topicEn} and about how a Danish workplace works.`,
				`${mentor} introduced ${mentee} to colleagues, and together they practised talking about experience with ${skillEn}. After a few months ${mentee} was invited to an interview at ${workEn}.`,
				`"I learned that it is fine to ask. Now I know where to start," says ${mentee}. The pair still meet a couple of hours a month.`,
				`Other topics along the way: ${rare}.`,
			],
		};
		for (const [locale, story, profession, country, topic] of [
			['da', da, proDa, countryDa, topicDa],
			['en', en, proEn, countryEn, topicEn],
		] as const) {
			const frontmatter = [
				'---',
				`title: ${JSON.stringify(story.title)}`,
				'illustrative: true',
				`people: ${JSON.stringify([mentee, mentor])}`,
				`profession: ${JSON.stringify(profession)}`,
				`country: ${JSON.stringify(country)}`,
				`office: ${office}`,
				`date: ${date}`,
				`summary: ${JSON.stringify(story.summary)}`,
				`quote: ${JSON.stringify(story.quote)}`,
				`tags: ${JSON.stringify([topic])}`,
				'consent:',
				`  date: ${date}`,
				'  note: "Generated for the search benchmark; portrays no real people."',
				'---',
			];
			const text = `${frontmatter.join('\n')}\n\n${story.body.join('\n\n')}\n`;
			writeFileSync(join(root, locale, `${key}.md`), text);
		}
	}
}
