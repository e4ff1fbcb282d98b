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
	'locale.coverage': 'complete',

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
	'route.contact': 'kontakt',
	'route.asked': 'kontakt/tak',
	'route.languages': 'sprog',
	'route.facet.office': 'kontor',
	'route.facet.profession': 'fag',
	'route.facet.country': 'baggrund',
	'route.pageNumber': 'side',

	'nav.menu': 'Menu',
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
	'nav.contact': 'Kontakt',
	'nav.asked': 'Tak for din besked',
	'nav.languages': 'Sprog',

	'skip.link': 'Gå til indholdet',
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
	'footer.about': 'Mentornetværket er et program skabt af KVINFO.',
	'footer.more': 'Mere om sitet',
	'footer.sections': 'Sitets sider',
	'siteIndex.heading': 'Sitets hovedafsnit',
	'footer.source':
		'Fakta om programmet stammer fra KVINFOs præsentation af Mentornetværket, oktober 2012, medmindre andet er angivet.',
	'footer.otherPages': 'Resten af sitet findes på dansk og engelsk:',
	// What each language's pages cover, said in that language under its name on the languages page.
	'languages.covers': 'hele hjemmesiden',
	'translation.from.da': 'Oversat fra dansk.',
	'translation.from.en': 'Oversat fra engelsk.',
	'translation.unreviewed':
		'Oversættelsen er endnu ikke gennemlæst af en person, der taler sproget flydende.',
	'translation.reviewed': 'Oversættelsen er gennemlæst af en person, der taler sproget flydende.',
	'translation.applies': 'Hvor teksterne er forskellige, gælder den danske:',
	'translation.source': 'den danske tekst',

	// The home page's 'today': the newest dated result and the cities of KVINFO's own page,
	// in every language (the figures collection is in Danish and English only).
	'home.todayHeading': 'Netværket i dag',
	'home.todayResult':
		'I 2021 fik 59 % af de mentees, der svarede på evalueringen efter deres forløb, et job eller en uddannelse.',
	'home.todaySource': 'KVINFO, 24. maj 2022',
	'home.todayCities':
		'KVINFOs egen side (udateret) nævner fem byer: Aarhus, Odense, Svendborg, Slagelse og København.',
	'home.todayOffices': 'Se byerne og kontorerne',
	'home.ctaMentee': 'Læs mere for mentees',
	'home.ctaMentor': 'Læs mere for mentorer',
	'home.history': 'Netværkets historie og i dag',
	'home.whyHeading': 'Et netværk åbner døre',
	'home.why':
		'Mentoren åbner sit netværk for menteen. I oktober 2012 fortalte KVINFO om et skøn: Mere end 50 % af alle ledige job i Danmark bliver besat via personlige netværk. Vi finder mentoren ud fra menteens uddannelse, fag og ønsker, og de to mødes som ligeværdige.',
	'home.valuesHeading': 'Tre værdier',
	'home.figuresHeading': 'Netværket i tal',
	'home.storiesHeading': 'Historier',
	'home.allStories': 'Alle historier',
	'home.allValues': 'Læs om værdierne',
	'home.allFigures': 'Modellen og tallene',

	'cta.signupMentee': 'Tilmeld dig som mentee',
	'cta.signupMentor': 'Tilmeld dig som mentor',
	'cta.readFaq': 'Se spørgsmål og svar',

	'figures.asOf': 'Tal fra',
	'figures.source': 'Kilde',
	// Figures: how the source states a number (the schema's qualifier) and what a percentage is a share of
	'figures.qualifier.moreThan': 'Over',
	'figures.qualifier.atLeast': 'Mindst',
	'figures.qualifier.about': 'Ca.',
	'figures.shareOf': 'Andel af:',
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
	// The model page as a printed fact sheet (print.css): how to print it, the contact form's address on paper
	'data.print.factSheet':
		'Udskriv faktaarket: Vælg Udskriv i browserens menu, eller tryk Ctrl+P (⌘+P på en Mac). Det fylder højst to sider.',
	'data.print.contactForm': 'Kontaktformular:',
	// Open data: the licence (src/figures/figuresLicence.ts)
	'data.licence': 'Tallene må genbruges under licensen',
	'data.licenceTerms': 'Nævn KVINFOs Mentornetværk og kilden til hvert tal.',
	'data.csvDialects':
		'Den danske CSV-fil bruger semikolon og decimalkomma, som regneark med danske indstillinger forventer. Den engelske bruger komma og decimalpunktum.',
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
	'listing.filters': 'Find historier',
	'listing.all': 'Alle',
	'listing.previous': 'Forrige side',
	'listing.next': 'Næste side',
	'listing.pages': 'Sider',
	'listing.page': 'side',

	'faq.audience.mentee': 'For mentees',
	'faq.audience.mentor': 'For mentorer',
	'faq.audience.partner': 'For samarbejdspartnere',
	'faq.audience.everyone': 'For alle',
	'faq.contents': 'Grupper',

	'offices.region': 'Område',
	'offices.established': 'Åbnet',
	'offices.address': 'Adresse',
	'offices.email': 'E-mail',
	'offices.phone': 'Telefon',
	'offices.website': 'Hjemmeside',
	'offices.hours': 'Åbningstider',
	'offices.accessibility': 'Tilgængelighed',
	'offices.directions': 'Sådan kommer du hertil',
	'offices.unknown': 'Adresse og åbningstider står ikke her endnu. Dem får du fra netværket.',
	'offices.back': 'Alle kontorer',
	// Offices she can choose (issue 22): today's cities, apart from those kept for the history
	'offices.todayHeading': 'Byer, du kan vælge',
	'offices.historyHeading': 'Fra netværkets historie',
	'offices.sources': 'Kilder',
	'offices.historyOnly':
		'Dette kontor hører til netværkets historie. Du kan ikke vælge det, når du tilmelder dig.',

	'values.number': 'Værdi',

	'history.heading': 'Historie – og hvor står netværket i dag?',
	'history.anchor': 'historie',
	'history.lead':
		'Her er netværkets udvikling fra 2002 til i dag, hvert punkt med sin egen dato og kilde. De nyeste daterede oplysninger er fra maj 2022; de sidste punkter er fra KVINFOs egne, udaterede sider. Noget kan have ændret sig siden: spørg os gerne.',
	'history.source': 'Kilde',
	'history.latestLead': 'Det nyeste om netværket, hvert punkt med sin egen dato og kilde:',
	'history.whole': 'Hele netværkets historie',

	// Contact: the organisation's details (editor-owned settings) and the question form
	'contact.heading': 'Kontakt Mentornetværket',
	'contact.email': 'E-mail',
	'contact.phone': 'Telefon',
	'contact.address': 'Postadresse',
	'contact.website': 'Hjemmeside',
	'contact.unset':
		'Mentornetværkets e-mail, telefonnummer og postadresse er endnu ikke lagt ind på sitet. Indtil da når du os med kontaktformularen.',
	'contact.useForm': 'Skriv til os med kontaktformularen',
	'contact.controller': 'KVINFO er dataansvarlig. Sådan kontakter du KVINFO:',
	'contact.officeUnset':
		'Kontoret har endnu ingen e-mail eller telefon på sitet. Skriv til os med kontaktformularen, så sender vi dit spørgsmål videre.',
	'contact.formTitle': 'Stil et spørgsmål',
	'contact.submit': 'Send spørgsmål',
	'contact.sending': 'Sender dit spørgsmål …',
	'contact.failedTitle': 'Dit spørgsmål er ikke sendt',
	'contact.unconfirmedTitle': 'Vi kunne ikke bekræfte, at dit spørgsmål er kommet frem',
	'contact.failed.unreachable':
		'Vi kunne ikke få forbindelse, så dit spørgsmål er ikke sendt. Det, du har skrevet, står her stadig. Tjek din internetforbindelse, og tryk på »Send spørgsmål« igen.',
	'contact.failed.timeout':
		'Vi fik ikke svar i tide, så vi ved ikke, om dit spørgsmål er kommet frem. Det, du har skrevet, står her stadig. Du kan trygt sende igen: det samme spørgsmål bliver kun registreret én gang.',
	'contact.failed.rejected':
		'Vi kunne ikke tage imod dit spørgsmål lige nu. Det, du har skrevet, står her stadig. Prøv igen om lidt.',
	'contact.question.label': 'Dit spørgsmål',
	'contact.question.hint': 'Vi svarer på den e-mail, du skriver.',
	'contact.question.required': 'Skriv dit spørgsmål',
	'contact.email.hint': 'Vi bruger den kun til at svare dig.',
	'contact.consent.label':
		'Jeg giver lov til, at Mentornetværket bruger mine oplysninger til at svare på mit spørgsmål.',
	'contact.consent.required':
		'Sæt kryds for at give dit samtykke. Uden dit samtykke kan vi ikke tage imod spørgsmålet',
	'contact.receiver.invalid':
		'Nogle svar skal rettes, så dit spørgsmål er ikke sendt. Gå tilbage til formularen. Det, du har skrevet, står der stadig.',
	'contact.receiver.received': 'Tak. Vi har modtaget dit spørgsmål.',

	// Sign-up form
	'signup.chooseRole': 'Hvad vil du tilmelde dig som?',
	'signup.role.mentee': 'Jeg vil være mentee',
	'signup.role.mentor': 'Jeg vil være mentor',
	'signup.optional': '(valgfrit)',
	'signup.languageNote':
		'Mentornetværket kommunikerer på dansk: kontakten med netværket og møderne foregår på dansk.',
	'signup.errorPrefix': 'Fejl:',
	'signup.summaryTitle': 'Der er et problem',
	'signup.submit': 'Send tilmelding',
	'signup.sending': 'Sender din tilmelding …',
	'signup.failedTitle': 'Din tilmelding er ikke sendt',
	'signup.unconfirmedTitle': 'Vi kunne ikke bekræfte, at din tilmelding er kommet frem',
	'signup.failed.unreachable':
		'Vi fik ikke forbindelse, så din tilmelding er ikke sendt. Dine svar er her stadig. Tjek din internetforbindelse, og tryk på „Send tilmelding“ igen.',
	'signup.failed.timeout':
		'Vi fik ikke svar i tide, så vi ved ikke, om din tilmelding er kommet frem. Dine svar står her stadig. Du kan trygt sende igen: de samme svar bliver kun registreret én gang.',
	'signup.failed.rejected':
		'Vi kunne ikke tage imod din tilmelding lige nu. Dine svar er her stadig. Prøv igen om lidt.',
	'signup.honeypot': 'Lad dette felt være tomt',
	'signup.tooLong': 'Skriv højst {max} tegn i „{label}“',
	'signup.name.label': 'Navn',
	'signup.name.required': 'Skriv dit navn',
	'signup.email.label': 'E-mail',
	'signup.email.hint': 'Vi bruger den kun til at kontakte dig om netværket.',
	'signup.email.required': 'Skriv din e-mail',
	'signup.email.invalid': 'Skriv en e-mail i det rigtige format, fx navn@eksempel.dk',
	'signup.phone.label': 'Telefonnummer',
	'signup.phone.hint': 'Hvis du hellere vil ringes op.',
	'signup.office.label': 'Hvilket kontor vil du høre til?',
	'signup.office.hint': 'Vælg det kontor, der ligger nærmest dig.',
	'signup.office.required': 'Vælg et kontor',
	'signup.office.elsewhere': 'Jeg bor et andet sted i Danmark',
	'signup.postcode.label': 'Dit postnummer',
	'signup.postcode.hint':
		'Skriv det, hvis du har valgt »Jeg bor et andet sted i Danmark«. Så kan vi se, hvor du bor, og skrive til dig om, hvad vi kan tilbyde dér.',
	'signup.postcode.invalid': 'Skriv postnummeret med fire tal, fx 5000',
	'signup.education.label': 'Din uddannelse',
	'signup.education.hint': 'Fx sygeplejerske fra Syrien eller bachelor i økonomi.',
	'signup.education.required': 'Skriv din uddannelse',
	'signup.profession.label': 'Dit fag eller område',
	'signup.profession.hint': 'Fx ingeniør, lærer eller regnskab.',
	'signup.profession.required': 'Skriv dit fag eller område',
	'signup.sector.label': 'Din branche',
	'signup.sector.hint': 'Hvor du arbejder, fx sundhed, it eller det offentlige.',
	'signup.sector.required': 'Skriv din branche',
	'signup.goals.label': 'Dine ønsker og mål',
	'signup.goals.hint':
		'Skriv med dine egne ord, hvad du gerne vil opnå. Det hjælper os med at finde den rigtige mentor.',
	'signup.goals.required': 'Skriv dine ønsker og mål',
	'signup.motivation.label': 'Hvorfor vil du være mentor?',
	'signup.motivation.required': 'Skriv, hvorfor du vil være mentor',
	'signup.availability.label': 'Hvornår og hvor meget tid har du?',
	'signup.availability.hint': 'Fx to timer om måneden, helst om eftermiddagen.',
	'signup.availability.required': 'Skriv, hvornår og hvor meget tid du har',
	'signup.danishLevel.label': 'Hvor godt taler du dansk?',
	'signup.danishLevel.none': 'Ikke valgt',
	'signup.danishLevel.beginner': 'Jeg er begynder',
	'signup.danishLevel.everyday': 'Jeg klarer mig i hverdagen',
	'signup.danishLevel.good': 'Jeg taler og skriver godt dansk',
	'signup.danishLevel.fluent': 'Flydende',
	'signup.country.label': 'Hvilket land har du baggrund i?',
	'signup.country.hint':
		'Vi bruger det kun til at forstå din baggrund, når vi finder et match. Oplysningen kan vise din etniske oprindelse. Du bestemmer selv, om du vil skrive den.',
	'signup.countryConsent.label':
		'Ja, Mentornetværket må bruge det land, jeg har baggrund i, når de finder et match.',
	'signup.countryConsent.required':
		'Sæt kryds, hvis vi må bruge det land, du har skrevet, eller lad feltet om land stå tomt',
	'signup.contactLanguage.label': 'Hvilket sprog vil du kontaktes på?',
	'signup.contactLanguage.required': 'Vælg et sprog',
	'signup.contactLanguage.da': 'Dansk',
	'signup.contactLanguage.en': 'Engelsk',
	'signup.consent.label':
		'Jeg giver samtykke til, at Mentornetværket bruger mine oplysninger til at finde et match og kontakte mig.',
	'signup.consent.link': 'Læs privatlivspolitikken (åbner i en ny fane)',
	'signup.consent.required':
		'Sæt kryds for at give samtykke. Uden dit samtykke kan vi ikke tage imod tilmeldingen',
	'signup.invalid': 'Tjek dette svar',
	'signup.receiver.invalid':
		'Nogle svar skal rettes, så din tilmelding er ikke sendt. Gå tilbage til formularen. Dine svar er der stadig.',
	'signup.receiver.received': 'Tak. Vi har modtaget din tilmelding.',

	// Contact and every form (issue 22): any language, the other way to reach the network, the call-back request
	'form.anyLanguage': 'Du må skrive dine svar i formularen på et hvilket som helst sprog.',
	'form.otherRoute': 'Du kan også nå os på en anden måde:',
	'form.otherRoute.callback': 'Bed om at blive ringet op',
	'callback.formTitle': 'Bliv ringet op',
	'callback.intro':
		'Har du ikke en e-mail, eller vil du hellere tale med os? Skriv dit telefonnummer, så ringer vi dig op.',
	'callback.submit': 'Ring mig op',
	'callback.sending': 'Sender dit nummer …',
	'callback.failedTitle': 'Dit nummer er ikke sendt',
	'callback.unconfirmedTitle': 'Vi kunne ikke bekræfte, at dit nummer er kommet frem',
	'callback.failed.unreachable':
		'Vi kunne ikke få forbindelse, så dit nummer er ikke sendt. Det, du har skrevet, står her stadig. Tjek din internetforbindelse, og tryk på »Ring mig op« igen.',
	'callback.failed.timeout':
		'Vi fik ikke svar i tide, så vi ved ikke, om dit nummer er kommet frem. Det, du har skrevet, står her stadig. Du kan trygt sende igen: det samme bliver kun registreret én gang.',
	'callback.failed.rejected':
		'Vi kunne ikke tage imod dit nummer lige nu. Det, du har skrevet, står her stadig. Prøv igen om lidt.',
	'callback.phone.hint': 'Det nummer, vi skal ringe til.',
	'callback.phone.required': 'Skriv dit telefonnummer',
	'callback.phone.invalid': 'Skriv telefonnummeret med tal, fx 12 34 56 78',
	'callback.callLanguage.label': 'Hvilket sprog vil du helst tale?',
	'callback.callLanguage.hint':
		'Mentornetværket kommunikerer på dansk. Vi kan ikke love at ringe på et andet sprog.',
	'callback.callLanguage.required': 'Vælg et sprog',
	'callback.callTime.label': 'Hvornår passer det dig bedst, at vi ringer?',
	'callback.callTime.required': 'Vælg, hvornår vi kan ringe',
	'callback.callTime.morning': 'Om formiddagen',
	'callback.callTime.afternoon': 'Om eftermiddagen',
	'callback.callTime.any': 'Det er lige meget',
	'callback.email.hint': 'Hvis du har en e-mail, kan vi også skrive til dig.',
	'callback.consent.label':
		'Jeg giver lov til, at Mentornetværket bruger mine oplysninger til at ringe mig op.',
	'callback.consent.required':
		'Sæt kryds for at give dit samtykke. Uden dit samtykke kan vi ikke ringe dig op',
	'callback.receiver.invalid':
		'Nogle svar skal rettes, så dit nummer er ikke sendt. Gå tilbage til formularen. Det, du har skrevet, står der stadig.',
	'callback.receiver.received': 'Tak. Vi har modtaget dit telefonnummer.',

	'notFound.title': 'Siden findes ikke',
	'notFound.body': 'Vi kan ikke finde den side, du leder efter. Måske er den flyttet.',
	'notFound.home': 'Gå til forsiden',

	'date.updated': 'Senest opdateret',
} as const;
