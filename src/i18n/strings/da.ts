/**
 * Danish UI strings: the reference dictionary. Every other language is typed against these keys, so a
 * key missing there fails the type check. Keys are flat and dotted; `route.*` are the URL segments of
 * the fixed pages in this language, `locale.*` describe the language itself.
 */
export default {
	'locale.name': 'Dansk',
	'locale.dir': 'ltr',
	'locale.ogLocale': 'da_DK',
	'locale.intl': 'da-DK',

	'route.home': '',
	'route.about': 'om-netvaerket',
	'route.values': 'vaerdier',
	'route.mentees': 'for-mentees',
	'route.mentors': 'for-mentorer',
	'route.stories': 'historier',
	'route.faq': 'spoergsmaal-og-svar',
	'route.offices': 'kontorer',
	'route.model': 'modellen',
	'route.kvinfo': 'om-kvinfo',
	'route.signup': 'tilmeld',
	'route.thanks': 'tilmeld/tak',
	'route.search': 'soeg',
	'route.privacy': 'privatlivspolitik',
	'route.accessibility': 'tilgaengelighedserklaering',

	'nav.label': 'Hovedmenu',
	'nav.home': 'Forside',
	'nav.about': 'Om netværket',
	'nav.values': 'Værdier',
	'nav.mentees': 'For mentees',
	'nav.mentors': 'For mentorer',
	'nav.stories': 'Historier',
	'nav.faq': 'Spørgsmål og svar',
	'nav.offices': 'Kontorer',
	'nav.model': 'Modellen',
	'nav.kvinfo': 'Om KVINFO',
	'nav.signup': 'Tilmeld dig',
	'nav.search': 'Søg',
	'nav.privacy': 'Privatlivspolitik',
	'nav.accessibility': 'Tilgængelighedserklæring',
	'nav.thanks': 'Tak for din tilmelding',

	'skip.link': 'Gå til indholdet',
	'header.home': 'Mentornetværket – til forsiden',
	'header.language': 'Sprog',
	'search.label': 'Søg på sitet',
	'search.placeholder': 'Søg',
	'search.submit': 'Søg',
	// Search page
	'search.queryLabel': 'Søg efter',
	'search.noScript':
		'Søgningen kræver JavaScript, som er slået fra i din browser. Brug oversigten over sitets sider herunder for at finde det, du leder efter.',
	'search.unavailable':
		'Søgningen kunne ikke indlæses lige nu. Prøv igen om lidt, eller brug oversigten over sitets sider herunder.',
	'search.kind': 'Søg i',
	'search.kind.all': 'Hele sitet',
	'search.kind.story': 'Historier',
	'search.kind.faq': 'Spørgsmål og svar',
	'search.kind.value': 'Værdier',
	'search.kind.office': 'Kontorer',
	'search.kind.page': 'Andre sider',
	'search.audience': 'Spørgsmål for',
	'search.audience.all': 'Alle grupper',
	'search.results': 'Søgeresultater',
	'search.empty': 'Skriv et eller flere ord for at søge, for eksempel »mentor« eller »Fyn«.',
	'search.count.one': '1 resultat for »{query}«',
	'search.count.other': '{count} resultater for »{query}«',
	'search.none':
		'Ingen resultater for »{query}«. Prøv et andet eller et kortere ord, søg i hele sitet, eller brug oversigten over sitets sider herunder.',
	'search.more': 'Vis flere resultater',
	'footer.label': 'Sidefod',
	'footer.about': 'Mentornetværket er et program skabt af KVINFO.',
	'footer.more': 'Mere om sitet',
	'footer.sections': 'Sitets sider',
	'siteIndex.heading': 'Sitets hovedafsnit',
	'footer.source':
		'Fakta om programmet stammer fra KVINFO’s præsentation af Mentornetværket, oktober 2012, med mindre andet er angivet.',

	'home.ctaMentee': 'Bliv mentee',
	'home.ctaMentor': 'Bliv mentor',
	'home.valuesHeading': 'Tre værdier',
	'home.figuresHeading': 'Netværket i tal',
	'home.storiesHeading': 'Historier',
	'home.allStories': 'Alle historier',
	'home.allValues': 'Læs om værdierne',
	'home.allFigures': 'Modellen og tallene',

	'cta.signupMentee': 'Tilmeld dig som mentee',
	'cta.signupMentor': 'Tilmeld dig som mentor',
	'cta.readFaq': 'Se spørgsmål og svar',

	'figures.asOf': 'Opgjort',
	'figures.source': 'Kilde',
	'figures.moreThan': 'Over',
	'figures.sources': 'Kilder',
	// Partners: charts, map, data, citation
	'charts.heading': 'Tallene som billeder',
	'charts.roles.title': 'Deltagere efter rolle siden 2002',
	'charts.roles.desc':
		'Vandrette søjler, én for mentorer og én for mentees, hver med sit antal. Søjlernes længde følger antallet.',
	'charts.roles.total': 'Kilden opgiver deltagere i alt for sig, ikke som summen af søjlerne',
	'charts.role': 'Rolle',
	'charts.number': 'Antal',
	'charts.countries.desc':
		'En nummereret rangliste fra 1 til 10. Kilden oplyser kun rækkefølgen, ikke antallet fra hvert land, så billedet viser ingen størrelser.',
	'charts.rank': 'Plads',
	'charts.country': 'Land',
	'map.heading': 'Kontorerne på kortet',
	'map.title': 'Danmarkskort med Mentornetværkets kontorer',
	'map.desc':
		'Omridset af Danmark med et nummereret punkt for hvert kontor, placeret i det område, kontoret dækker.',
	'map.area': 'Området, kontoret dækker – ikke gadeadressen',
	'map.notPlaced': 'Ikke på kortet, fordi stedet ikke er kendt',
	'map.offices': 'Kontorer på kortet',
	'map.credit':
		'Kort: Natural Earth (offentligt domæne) via world-atlas, tegnet, da sitet blev bygget.',
	'offices.location': 'Placering',
	'offices.locationArea':
		'Vi kender ikke kontorets adresse. Linket viser det område, kontoret dækker.',
	'offices.osmArea': 'Se området på OpenStreetMap',
	'offices.osmAddress': 'Se adressen på OpenStreetMap',
	'data.heading': 'Åbne data',
	'data.lead':
		'Nøgletallene kan hentes som data, genereret fra de samme oplysninger som denne side. Hvert tal har sin opgørelsesdato og kilde.',
	'data.json': 'Nøgletal som JSON',
	'data.csv': 'Nøgletal som CSV (regneark)',
	'feed.title': 'Historier fra Mentornetværket',
	'feed.link': 'Følg historierne via RSS',
	'feed.description': 'Nye historier om mentorforløb i KVINFOs Mentornetværk.',

	'stories.illustrative': 'Illustrativ historie',
	'stories.illustrativeNote':
		'Denne historie er skrevet for at vise, hvordan et mentorforløb kan forløbe. Personerne findes ikke.',
	'stories.profession': 'Fag',
	'stories.country': 'Baggrund',
	'stories.office': 'Kontor',
	'stories.published': 'Udgivet',
	'stories.tags': 'Emner',
	'stories.people': 'Personer',
	'stories.back': 'Alle historier',
	'stories.count': 'historier',

	'faq.audience.mentee': 'For mentees',
	'faq.audience.mentor': 'For mentorer',
	'faq.audience.partner': 'For samarbejdspartnere',
	'faq.audience.everyone': 'For alle',
	'faq.link': 'Link til spørgsmålet',
	'faq.contents': 'Grupper',

	'offices.region': 'Område',
	'offices.established': 'Åbnet',
	'offices.address': 'Adresse',
	'offices.contact': 'Kontakt',
	'offices.email': 'E-mail',
	'offices.phone': 'Telefon',
	'offices.website': 'Hjemmeside',
	'offices.hours': 'Åbningstider',
	'offices.accessibility': 'Tilgængelighed',
	'offices.directions': 'Sådan kommer du hertil',
	'offices.unknown':
		'Vi viser kun oplysninger, vi har fra en kilde. Adresse og åbningstider for dette kontor er endnu ikke lagt ind.',
	'offices.back': 'Alle kontorer',

	'values.number': 'Værdi',

	'placeholder.signup':
		'Tilmeldingsformularen er under udvikling. Indtil den er klar, kan du læse om programmet og vores spørgsmål og svar.',

	'notFound.title': 'Siden findes ikke',
	'notFound.body': 'Vi kan ikke finde den side, du leder efter. Måske er den flyttet.',
	'notFound.home': 'Gå til forsiden',

	'date.updated': 'Senest opdateret',
} as const;
