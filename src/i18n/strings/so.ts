import { latinRoutes, type PartialStrings } from './partial.ts';

/**
 * Somali UI strings: a partial language (the mentee's path). Translated from the Danish and English
 * strings; not yet reviewed by a person fluent in Somali. "Mentor" and "mentee" are kept as the
 * programme's own words, as the Danish text keeps them.
 */
export default {
	'locale.name': 'Soomaali',
	'locale.dir': 'ltr',
	'locale.ogLocale': 'so_SO',
	'locale.intl': 'so',
	'locale.coverage': 'partial',

	...latinRoutes,

	'nav.label': 'Liiska ugu muhiimsan',
	'nav.home': 'Bogga hore',
	'nav.mentees': 'Mentee-yada',
	'nav.faq': 'Su’aalo iyo jawaabo',
	'nav.offices': 'Xafiisyada',
	'nav.signup': 'Isdiiwaangeli',
	'nav.search': 'Raadi',
	'nav.privacy': 'Ogeysiiska xogta gaarka ah',
	'nav.thanks': 'Waad ku mahadsan tahay isdiiwaangelinta',
	'nav.languages': 'Luqadaha',

	'skip.link': 'U gudub nuxurka',
	'header.language': 'Luqadda',
	'search.label': 'Ka raadi bogga',
	'search.placeholder': 'Raadi',
	'search.submit': 'Raadi',
	'search.queryLabel': 'Raadi',
	'search.noScript':
		'Raadintu waxay u baahan tahay JavaScript, oo ka dansan biraawsarkaaga. Isticmaal liiska bogagga hoose si aad u hesho waxaad raadinayso.',
	'search.unavailable':
		'Raadinta hadda lama soo dejin karin. Isku day mar kale wax yar kadib, ama isticmaal liiska bogagga hoose.',
	'search.kind': 'Ka raadi',
	'search.kind.all': 'Dhammaan bogga',
	'search.kind.faq': 'Su’aalo iyo jawaabo',
	'search.kind.office': 'Xafiisyada',
	'search.kind.page': 'Bogag kale',
	'search.audience': 'Su’aalaha loogu talagalay',
	'search.audience.all': 'Dhammaan kooxaha',
	'search.results': 'Natiijooyinka raadinta',
	'search.empty': 'Qor hal eray ama dhowr si aad u raadiso, tusaale ahaan “mentor” ama “xafiis”.',
	'search.count.one': '1 natiijo oo loo helay “{query}”',
	'search.count.other': '{count} natiijo oo loo helay “{query}”',
	'search.none':
		'Wax natiijo ah looma helin “{query}”. Isku day eray kale ama mid ka gaaban, ka raadi dhammaan bogga, ama isticmaal liiska bogagga hoose.',
	'search.more': 'Tus natiijooyin dheeraad ah',
	'footer.about': 'Shabakadda Mentorka waa barnaamij ay samaysay KVINFO.',
	'footer.more': 'Ku saabsan boggan',
	'footer.sections': 'Bogagga boggan',
	'siteIndex.heading': 'Qaybaha ugu muhiimsan ee boggan',
	'footer.source':
		'Xogta barnaamijka waxaa laga soo qaatay soo bandhigidda KVINFO ee Shabakadda Mentorka, Oktoobar 2012, haddii aan si kale loo sheegin.',
	'footer.otherPages': 'Inta kale ee bogga waxay ku qoran tahay Deenish iyo Ingiriis:',
	'languages.covers': 'bogagga mentee-yada',
	'translation.from.da': 'Waxaa laga turjumay Deenish.',
	'translation.from.en': 'Waxaa laga turjumay Ingiriis.',
	'translation.unreviewed': 'Qof si fiican u yaqaan Soomaaliga weli ma hubin turjumaadda.',
	'translation.reviewed': 'Qof si fiican u yaqaan Soomaaliga ayaa hubiyay turjumaadda.',
	'translation.applies':
		'Meesha ay qoraalladu ku kala duwan yihiin, qoraalka Deenishka ayaa la raacayaa:',
	'translation.source': 'qoraalka Deenishka',

	'home.todayHeading': 'Shabakadda maanta',
	'home.todayResult':
		'Sannadkii 2021, 59% mentee-yadii ka jawaabay qiimaynta koorsadooda kadib waxay heleen shaqo ama waxbarasho.',
	'home.todaySource': 'KVINFO, 24 May 2022',
	'home.todayCities':
		'Bogga KVINFO (aan taariikh lahayn) wuxuu magacaabayaa shan magaalo: Aarhus, Odense, Svendborg, Slagelse iyo Copenhagen.',
	'home.todayOffices': 'Eeg magaalooyinka iyo xafiisyada',
	'home.ctaMentee': 'Wax badan ka akhri mentee-yada',
	'cta.signupMentee': 'Isu diiwaangeli mentee ahaan',
	'cta.readFaq': 'Akhri su’aalaha iyo jawaabaha',

	'map.heading': 'Xafiisyada khariidadda',
	'map.title': 'Khariidadda Denmark oo leh xafiisyada Shabakadda Mentorka',
	'map.desc':
		'Xudduudaha Denmark oo leh dhibic lambar leh xafiis kasta, oo la dhigay aagga uu xafiisku u adeego.',
	'map.area': 'Aagga uu xafiisku u adeego – ma aha cinwaanka waddada',
	'map.notPlaced': 'Kuma jiro khariidadda, sababtoo ah goobta lama yaqaan',
	'map.offices': 'Xafiisyada khariidadda',
	'map.credit':
		'Khariidadda: Natural Earth (hanti guud) iyadoo loo marayo world-atlas, la sawiray markii bogga la dhisay.',
	'offices.location': 'Goobta',
	'offices.locationArea':
		'Ma naqaanno cinwaanka xafiiska. Xiriirku wuxuu muujinayaa aagga uu xafiisku u adeego.',
	'offices.osmArea': 'Ka eeg aagga OpenStreetMap',
	'offices.osmAddress': 'Ka eeg cinwaanka OpenStreetMap',
	'stories.profession': 'Xirfadda',
	'stories.office': 'Xafiiska',

	'faq.audience.mentee': 'Mentee-yada',
	'faq.audience.mentor': 'Mentor-yada',
	'faq.audience.partner': 'Hay’adaha la shaqeeya',
	'faq.audience.everyone': 'Qof walba',
	'faq.contents': 'Kooxaha',

	'offices.region': 'Aagga',
	'offices.established': 'La furay',
	'offices.address': 'Cinwaanka',
	'offices.email': 'Iimayl',
	'offices.phone': 'Telefoon',
	'offices.website': 'Bogga internetka',
	'offices.hours': 'Saacadaha furitaanka',
	'offices.accessibility': 'Helitaanka',
	'offices.directions': 'Sida loo tago',
	'offices.unknown':
		'Cinwaanka iyo saacadaha furitaanka weli halkan ma yaallaan. Shabakadda ayaa ku siin karta.',
	'offices.back': 'Dhammaan xafiisyada',
	// Offices she can choose (issue 22): today's cities, apart from those kept for the history
	'offices.todayHeading': 'Magaalooyinka aad dooran karto',
	'offices.historyHeading': 'Taariikhda shabakadda',
	'offices.sources': 'Ilaha',
	'offices.historyOnly':
		'Xafiiskani waa qayb ka mid ah taariikhda shabakadda. Ma dooran kartid marka aad isdiiwaangelinayso.',

	// Sign-up form
	'signup.optional': '(ikhtiyaari)',
	'signup.languageNote':
		'Shabakadda Mentorku waxay ku xiriirtaa Deenish: xiriirka shabakadda iyo kulamadu waa Deenish.',
	'signup.errorPrefix': 'Khalad:',
	'signup.summaryTitle': 'Dhib ayaa jira',
	'signup.submit': 'Dir isdiiwaangelinta',
	'signup.sending': 'Waxaa la dirayaa isdiiwaangelintaada…',
	'signup.failedTitle': 'Isdiiwaangelintaada lama dirin',
	'signup.unconfirmedTitle': 'Ma xaqiijin karno in isdiiwaangelintaadu timid',
	'signup.failed.unreachable':
		'Ma aanan xiriiri karin, sidaas darteed isdiiwaangelintaada lama dirin. Jawaabahaagu weli halkan ayay yaallaan. Hubi xiriirka internetkaaga oo mar kale riix “Dir isdiiwaangelinta”.',
	'signup.failed.timeout':
		'Jawaab waqtigeeda kuma iman, sidaas darteed ma ogin in isdiiwaangelintaadu timid. Jawaabahaagu weli halkan ayay yaallaan. Si ammaan ah ayaad mar kale u diri kartaa: jawaabo isku mid ah hal mar oo keliya ayaa la diiwaangeliyaa.',
	'signup.failed.rejected':
		'Hadda ma aanan aqbali karin isdiiwaangelintaada. Jawaabahaagu weli halkan ayay yaallaan. Isku day mar kale wax yar kadib.',
	'signup.honeypot': 'Goobtan banaan ka tag',
	'signup.tooLong': 'Ha ku qorin wax ka badan {max} xaraf “{label}”',
	'signup.name.label': 'Magaca',
	'signup.name.required': 'Qor magacaaga',
	'signup.email.label': 'Cinwaanka iimaylka',
	'signup.email.hint':
		'Waxaan u isticmaalnaa oo keliya inaan kula soo xiriirno arrimaha shabakadda.',
	'signup.email.required': 'Qor cinwaanka iimaylkaaga',
	'signup.email.invalid': 'Qor cinwaan iimayl oo qaab sax ah, sida name@example.com',
	'signup.phone.label': 'Lambarka telefoonka',
	'signup.phone.hint': 'Haddii aad doorbidayso inaan ku soo wacno.',
	'signup.office.label': 'Xafiiskee ayaad rabtaa inaad ka tirsanaato?',
	'signup.office.hint': 'Dooro xafiiska kuugu dhow.',
	'signup.office.required': 'Dooro xafiis',
	'signup.education.label': 'Waxbarashadaada',
	'signup.education.hint':
		'Tusaale ahaan, kalkaaliso wax ku baratay Suuriya, ama shahaadada koowaad ee dhaqaalaha.',
	'signup.education.required': 'Qor waxbarashadaada',
	'signup.profession.label': 'Xirfaddaada ama qaybtaada',
	'signup.profession.hint': 'Tusaale ahaan injineer, macallin ama xisaabaad.',
	'signup.profession.required': 'Qor xirfaddaada ama qaybtaada',
	'signup.goals.label': 'Rabitaannadaada iyo yoolalkaaga',
	'signup.goals.hint':
		'Ereyadaada: maxaad jeclaan lahayd inaad gaarto? Waxay naga caawinaysaa inaan kuu helno mentor kuu habboon.',
	'signup.goals.required': 'Qor rabitaannadaada iyo yoolalkaaga',
	'signup.danishLevel.label': 'Sidee ayaad Deenishka ugu hadashaa?',
	'signup.danishLevel.none': 'Lama dooran',
	'signup.danishLevel.beginner': 'Waan bilaabayaa',
	'signup.danishLevel.everyday': 'Waan ku maareeyaa nolol maalmeedka',
	'signup.danishLevel.good': 'Si fiican ayaan Deenishka ugu hadlaa oo u qoraa',
	'signup.danishLevel.fluent': 'Si buuxda',
	'signup.country.label': 'Waddankee ayaad asal ahaan ka soo jeeddaa?',
	'signup.country.hint':
		'Waxaan u isticmaalnaa oo keliya inaan fahanno asalkaaga marka aan raadinayno mentor kuu habboon. Waxay muujin kartaa asalkaaga qowmiyadeed. Adiga ayaa go’aansanaya inaad qorto iyo in kale.',
	'signup.countryConsent.label':
		'Haa, Shabakadda Mentorku way isticmaali kartaa dalka aan asal ahaan ka soo jeedo marka ay raadinayso mentor ii habboon.',
	'signup.countryConsent.required':
		'Calaamadee sanduuqa haddii aan isticmaali karno dalka aad qortay, ama ka tag meesha dalka oo madhan',
	'signup.contactLanguage.label': 'Luqaddee ayaan kugula soo xiriirnaa?',
	'signup.contactLanguage.required': 'Dooro luqad',
	'signup.contactLanguage.da': 'Deenish',
	'signup.contactLanguage.en': 'Ingiriis',
	'signup.consent.label':
		'Waan oggolahay in Shabakadda Mentorku ay xogtayda u isticmaasho inay ii hesho mentor ila habboon oo ay ila soo xiriirto.',
	'signup.consent.link': 'Akhri ogeysiiska xogta gaarka ah (wuxuu ku furmayaa tab cusub)',
	'signup.consent.required':
		'Calaamadee sanduuqa si aad oggolaanshahaaga u bixiso. Oggolaanshahaaga la’aantiis ma aqbali karno isdiiwaangelinta',
	'signup.invalid': 'Hubi jawaabtan',
	'signup.receiver.invalid':
		'Jawaabaha qaar waa in la saxo, sidaas darteed isdiiwaangelintaada lama dirin. Ku noqo foomka. Jawaabahaagu weli halkaas ayay yaallaan.',
	'signup.receiver.received': 'Mahadsanid. Waan helnay isdiiwaangelintaada.',

	// Contact and every form (issue 22): any language, the other way to reach the network, the call-back request
	'form.anyLanguage': 'Jawaabahaaga foomkan waxaad ku qori kartaa luqad kasta.',
	'form.otherRoute': 'Sidoo kale waxaad nagu heli kartaa si kale:',
	'form.otherRoute.callback': 'Codso in lagu soo waco',
	'callback.formTitle': 'Codso wicitaan',
	'callback.intro':
		'Iimayl ma lihid, mise waxaad doorbidaysaa inaad nala hadasho? Qor lambarka telefoonkaaga, waanan ku soo wici doonnaa.',
	'callback.submit': 'I soo wac',
	'callback.sending': 'Lambarkaaga waa la dirayaa …',
	'callback.failedTitle': 'Lambarkaaga lama dirin',
	'callback.unconfirmedTitle': 'Ma xaqiijin karin in lambarkaagu na soo gaadhay',
	'callback.failed.unreachable':
		'Ma aanan xiriiri karin, sidaas darteed lambarkaaga lama dirin. Wixii aad qortay weli halkan ayay yaallaan. Hubi xiriirka internetkaaga oo mar kale riix “I soo wac”.',
	'callback.failed.timeout':
		'Jawaab waqtigeeda kuma helin, sidaas darteed ma ogin in lambarkaagu na soo gaadhay. Wixii aad qortay weli halkan ayay yaallaan. Si ammaan ah ayaad mar kale u diri kartaa: isla codsigaas hal mar oo keliya ayaa la diiwaangelinayaa.',
	'callback.failed.rejected':
		'Hadda ma aqbali karin lambarkaaga. Wixii aad qortay weli halkan ayay yaallaan. Mar kale isku day wax yar kadib.',
	'callback.phone.hint': 'Lambarka aan ku soo wacayno.',
	'callback.phone.required': 'Qor lambarka telefoonkaaga',
	'callback.phone.invalid': 'Lambarka telefoonka ku qor tirooyin, tusaale 12 34 56 78',
	'callback.callLanguage.label': 'Luqaddee ayaad doorbidaysaa inaan ku hadalno?',
	'callback.callLanguage.hint':
		'Shabakadda Mentorku waxay ku xiriirtaa Deenish. Ma ballan qaadi karno inaan kugu soo wacno luqad kale.',
	'callback.callLanguage.required': 'Dooro luqad',
	'callback.callTime.label': 'Goorma ayay kugu habboon tahay inaan ku soo wacno?',
	'callback.callTime.required': 'Dooro goorta aan ku soo wici karno',
	'callback.callTime.morning': 'Subaxdii',
	'callback.callTime.afternoon': 'Galabtii',
	'callback.callTime.any': 'Wakhti kasta',
	'callback.email.hint': 'Haddii aad leedahay iimayl, sidoo kale waan kuu qori karnaa.',
	'callback.consent.label':
		'Waan oggolahay in Shabakadda Mentorku u isticmaasho xogtayda si ay ii soo wacdo.',
	'callback.consent.required':
		'Calaamadee sanduuqa si aad oggolaanshahaaga u bixiso. Oggolaanshahaaga la’aantiis kuma soo wici karno',
	'callback.receiver.invalid':
		'Jawaabaha qaar waa in la saxaa, sidaas darteed lambarkaaga lama dirin. Ku noqo foomka. Wixii aad qortay weli halkaas ayay yaallaan.',
	'callback.receiver.received': 'Mahadsanid. Waan helnay lambarka telefoonkaaga.',

	'notFound.title': 'Bogga lama helin',
	'notFound.body': 'Ma heli karno bogga aad raadinayso. Waxaa laga yaabaa in la raray.',
	'notFound.home': 'Tag bogga hore',

	'date.updated': 'Markii ugu dambeysay la cusboonaysiiyay',

	'nav.menu': 'Liiska',
	'nav.contact': 'La xiriir',
	'nav.asked': 'Waad ku mahadsan tahay fariintaada',
	'contact.heading': 'La xiriir Shabakadda Mentorka',
	'contact.email': 'Iimayl',
	'contact.phone': 'Telefoon',
	'contact.address': 'Ciwaanka boostada',
	'contact.website': 'Bogga internetka',
	'contact.unset':
		'Iimaylka, lambarka telefoonka iyo ciwaanka boostada ee Shabakadda Mentorka weli laguma darin boggan. Ilaa inta laga darayo, waxaad nagala soo xiriiri kartaa foomka xiriirka.',
	'contact.useForm': 'Noogu soo qor foomka xiriirka',
	'contact.controller': 'KVINFO ayaa mas’uul ka ah xogta. Sidaan ula xiriir KVINFO:',
	'contact.officeUnset':
		'Xafiiskani weli ma laha iimayl ama lambar telefoon oo boggan ku qoran. Noogu soo qor foomka xiriirka, su’aashaadana waan u gudbin doonnaa.',
	'contact.formTitle': 'Weydii su’aal',
	'contact.submit': 'Dir su’aasha',
	'contact.sending': 'Su’aashaada waa la dirayaa…',
	'contact.failedTitle': 'Su’aashaada lama dirin',
	'contact.unconfirmedTitle': 'Ma xaqiijin karno in su’aashaadu timid',
	'contact.failed.unreachable':
		'Ma aanan xiriiri karin, sidaas darteed su’aashaada lama dirin. Wixii aad qortay weli halkan ayay yaallaan. Hubi xiriirka internetkaaga oo mar kale riix “Dir su’aasha”.',
	'contact.failed.timeout':
		'Jawaab waqtigeeda kuma iman, sidaas darteed ma ogin in su’aashaadu timid. Wixii aad qortay weli halkan ayay yaallaan. Si ammaan ah ayaad mar kale u diri kartaa: su’aal isku mid ah hal mar oo keliya ayaa la diiwaangeliyaa.',
	'contact.failed.rejected':
		'Hadda ma aqbali karin su’aashaada. Wixii aad qortay weli halkan ayay yaallaan. Isku day mar kale wax yar kadib.',
	'contact.question.label': 'Su’aashaada',
	'contact.question.hint': 'Waxaan kuugu jawaabi doonnaa iimaylka aad qorto.',
	'contact.question.required': 'Qor su’aashaada',
	'contact.email.hint': 'Waxaan u isticmaalnaa oo keliya inaan kuugu jawaabno.',
	'contact.consent.label':
		'Waan oggolahay in Shabakadda Mentorku u isticmaasho xogtayda si ay ugu jawaabto su’aashayda.',
	'contact.consent.required':
		'Calaamadee sanduuqa si aad oggolaanshahaaga u bixiso. Oggolaanshahaaga la’aantiis ma aqbali karno su’aasha',
	'contact.receiver.invalid':
		'Jawaabaha qaar waa in la saxaa, sidaas darteed su’aashaada lama dirin. Ku noqo foomka. Wixii aad qortay weli halkaas ayay yaallaan.',
	'contact.receiver.received': 'Mahadsanid. Su’aashaada waan helnay.',
	'signup.office.elsewhere': 'Waxaan ku noolahay meel kale oo Danmark ah',
	'signup.postcode.label': 'Lambarka boostadaada',
	'signup.postcode.hint':
		'Qor haddii aad dooratay “Waxaan ku noolahay meel kale oo Danmark ah”. Markaas waxaan arki karnaa halka aad ku nooshahay, waxaanan kuu qori doonnaa waxa aan halkaas kaaga caawin karno.',
	'signup.postcode.invalid': 'Qor lambarka boostada oo ah afar tiro, tusaale 5000',
} as const satisfies PartialStrings;
