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
 * The middle of a story, in both languages: what a real story tells at length (the first months,
 * the mentor's network, setbacks, what changed), with a subheading and a short list, so a generated
 * body is about as long as the stories editors write (about 600 words) and uses the same Markdown.
 */
function middle(next: () => number, v: Record<string, string>): [string[], string[]] {
	const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
	const [placeDa, placeEn] = pick(places);
	const [otherTopicDa, otherTopicEn] = pick(topics);
	const [otherSkillDa, otherSkillEn] = pick(skills);
	const months = String(3 + Math.floor(next() * 9));
	const da = [
		`I begyndelsen var det svært for ${v.mentee} at forklare, hvad hun havde lavet i ${v.countryDa}. Titlerne var anderledes, og mange af hendes opgaver hed noget andet på dansk. ${v.mentor} bad hende fortælle om en almindelig arbejdsdag, og så skrev de sammen ned, hvad hun faktisk havde haft ansvar for.`,
		`De aftalte at mødes hver anden uge. Nogle gange mødtes de på ${placeDa}, andre gange gik de en tur. ${v.mentee} tog altid en liste med spørgsmål med. Hun ville vide, hvordan man skriver til en arbejdsgiver, og hvad man siger, når man ringer og spørger til en stilling.`,
		'## Det første halve år',
		`Efter ${months} måneder havde de arbejdet med tre ting, som ${v.mentee} selv havde valgt:`,
		`- at skrive et kort CV på én side
- at øve ${otherTopicDa} på dansk
- at finde tre arbejdspladser, hun gerne ville besøge`,
		`${v.mentor} kendte en kollega, som havde arbejdet med ${otherSkillDa}. Hun spurgte, om ${v.mentee} måtte komme forbi en eftermiddag og se, hvordan de arbejdede. Det blev til et besøg på to timer, og bagefter skrev kollegaen en hilsen med gode råd.`,
		`Ikke alt gik godt. ${v.mentee} sendte mange ansøgninger og fik afslag på de fleste. Et par gange hørte hun slet ikke noget. "Det var hårdt, men *${v.mentor}* sagde, at det også sker for danskere," fortæller hun. De talte om, hvad hun kunne gøre anderledes næste gang.`,
		`Sproget fyldte meget. ${v.mentee} kunne godt tale dansk, men fagordene manglede. Derfor lavede de en liste med ord fra hendes fag, og ${v.mentor} forklarede, hvordan man bruger dem i en samtale. Listen havde ${v.mentee} med til alle møder.`,
		'## Hvad forløbet betød',
		`For ${v.mentor} var forløbet også lærerigt. Hun fik indblik i, hvor meget det kræver at starte forfra i et nyt land. "Jeg har lært mere om mit eget land ved at forklare det," siger hun. Hun har siden anbefalet andre at blive mentor.`,
		`Undervejs deltog de begge i et af netværkets arrangementer. Der mødte ${v.mentee} andre menteer, som var i samme situation, og mentorer fra mange forskellige fag. Hun fik to nye kontakter, som hun stadig skriver med, og en invitation til et fagligt møde om ${otherTopicDa} i sin egen branche.`,
		`Hjemme øvede ${v.mentee} sig på at fortælle om sig selv på to minutter. Hun optog sig selv på telefonen og lyttede til det bagefter. Første gang syntes hun, at hun talte alt for hurtigt. Til sidst kunne hun fortælle roligt om sin uddannelse, sine opgaver og det, hun gerne ville arbejde med.`,
		`Det vigtigste for ${v.mentee} var ikke kun jobsamtalen. Det var, at hun fik nogen at spørge. Når hun var i tvivl om et brev fra kommunen, en kontrakt eller en mail fra en arbejdsgiver, kunne hun sende en besked og få et svar samme dag.`,
	];
	const en = [
		`At first it was hard for ${v.mentee} to explain what she had done in ${v.countryEn}. The job titles were different, and many of her tasks had other names in Danish. ${v.mentor} asked her to describe an ordinary working day, and together they wrote down what she had actually been responsible for.`,
		`They agreed to meet every other week. Sometimes they met at ${placeEn}, other times they went for a walk. ${v.mentee} always brought a list of questions. She wanted to know how to write to an employer, and what to say when you call to ask about a position.`,
		'## The first six months',
		`After ${months} months they had worked on three things ${v.mentee} had chosen herself:`,
		`- writing a short CV on one page
- practising ${otherTopicEn} in Danish
- finding three workplaces she would like to visit`,
		`${v.mentor} knew a colleague who had worked with ${otherSkillEn}. She asked whether ${v.mentee} could come by one afternoon and see how they worked. It became a two-hour visit, and afterwards the colleague wrote a note with good advice.`,
		`Not everything went well. ${v.mentee} sent many applications and was turned down for most of them. A few times she heard nothing at all. "It was hard, but *${v.mentor}* said it happens to Danes too," she says. They talked about what she could do differently next time.`,
		`Language took up a lot of room. ${v.mentee} could speak Danish, but the words of her trade were missing. So they made a list of words from her field, and ${v.mentor} explained how to use them in a conversation. ${v.mentee} brought the list to every meeting.`,
		'## What it meant',
		`For ${v.mentor} the mentorship was also a lesson. She saw how much it takes to start over in a new country. "I have learned more about my own country by explaining it," she says. She has since encouraged others to become mentors.`,
		`Along the way they both went to one of the network's events. There ${v.mentee} met other mentees in the same situation, and mentors from many different fields. She made two new contacts she still writes to, and got an invitation to a professional meeting about ${otherTopicEn} in her own sector.`,
		`At home ${v.mentee} practised telling about herself in two minutes. She recorded herself on her phone and listened to it afterwards. The first time she thought she spoke far too fast. In the end she could talk calmly about her education, her tasks and the work she would like to do.`,
		`The most important thing for ${v.mentee} was not only the interview. It was having someone to ask. When she was unsure about a letter from the municipality, a contract or an email from an employer, she could send a message and get an answer the same day.`,
	];
	return [da, en];
}

/**
 * Writes `count` illustrative stories into `content/stories/{da,en}/` under `root`, each with valid
 * frontmatter and a body of about 600 varied words (as long as the stories editors write), with
 * subheadings, a list and emphasis.
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
		const rare = rareWords(next, 30).join(', ');
		const [middleDa, middleEn] = middle(next, {
			mentee,
			mentor,
			countryDa,
			countryEn,
		});
		const da = {
			title: `${mentee} fandt vej tilbage til sit fag som ${proDa.toLowerCase()}`,
			summary: `${mentee} er ${proDa.toLowerCase()} fra ${countryDa}. Med ${mentor} som mentor fik hun hjælp til ${topicDa}.`,
			quote: `${mentor} lyttede til, hvad jeg selv ville. Det gjorde hele forskellen.`,
			body: [
				`${mentee} arbejdede i ${years} år som ${proDa.toLowerCase()} i ${countryDa}. Hun var god til ${skillDa}. Da hun kom til Danmark, lærte hun dansk på sprogskole, men hun manglede et netværk.`,
				`Hun blev matchet med ${mentor}, som arbejder på ${workDa}. De mødtes første gang på ${placeDa} og talte om ${topicDa} og om, hvordan en dansk arbejdsplads fungerer.`,
				...middleDa,
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
				...middleEn,
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
