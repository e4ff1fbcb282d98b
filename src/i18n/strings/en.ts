import type da from './da.ts';

/** English UI strings, typed against the Danish reference so no key can be missing. */
export default {
	'locale.name': 'English',
	'locale.dir': 'ltr',
	'locale.ogLocale': 'en_GB',
	'locale.intl': 'en-GB',
	'locale.coverage': 'complete',

	'route.home': '',
	'route.about': 'about',
	'route.values': 'values',
	'route.mentees': 'for-mentees',
	'route.mentors': 'for-mentors',
	'route.stories': 'stories',
	'route.faq': 'questions-and-answers',
	'route.offices': 'offices',
	'route.model': 'the-model',
	'route.kvinfo': 'about-kvinfo',
	'route.signup': 'sign-up',
	'route.thanks': 'sign-up/thank-you',
	'route.search': 'search',
	'route.privacy': 'privacy-notice',
	'route.accessibility': 'accessibility-statement',
	'route.contact': 'contact',
	'route.asked': 'contact/thank-you',
	'route.languages': 'languages',
	'route.facet.office': 'office',
	'route.facet.profession': 'field',
	'route.facet.country': 'background',
	'route.pageNumber': 'page',

	'nav.menu': 'Menu',
	'nav.label': 'Main menu',
	'nav.home': 'Home',
	'nav.about': 'About the network',
	'nav.values': 'Values',
	'nav.mentees': 'For mentees',
	'nav.mentors': 'For mentors',
	'nav.stories': 'Stories',
	'nav.faq': 'Questions and answers',
	'nav.offices': 'Offices',
	'nav.model': 'The model',
	'nav.kvinfo': 'About KVINFO',
	'nav.signup': 'Sign up',
	'nav.search': 'Search',
	'nav.privacy': 'Privacy notice',
	'nav.accessibility': 'Accessibility statement',
	'nav.thanks': 'Thank you for signing up',
	'nav.contact': 'Contact',
	'nav.asked': 'Thank you for your message',
	'nav.languages': 'Languages',

	'skip.link': 'Skip to content',
	'header.language': 'Language',
	'search.label': 'Search the site',
	'search.placeholder': 'Search',
	'search.submit': 'Search',
	// Search page
	'search.queryLabel': 'Search for',
	'search.noScript':
		"Search needs JavaScript, which is turned off in your browser. Use the list of the site's pages below to find what you are looking for.",
	'search.unavailable':
		"Search could not be loaded just now. Try again in a moment, or use the list of the site's pages below.",
	'search.kind': 'Search in',
	'search.kind.all': 'The whole site',
	'search.kind.story': 'Stories',
	'search.kind.faq': 'Questions and answers',
	'search.kind.value': 'Values',
	'search.kind.office': 'Offices',
	'search.kind.page': 'Other pages',
	'search.audience': 'Questions for',
	'search.audience.all': 'All groups',
	'search.results': 'Search results',
	'search.empty': 'Type one or more words to search, for example “mentor” or “Fyn”.',
	'search.count.one': '1 result for “{query}”',
	'search.count.other': '{count} results for “{query}”',
	'search.none':
		"No results for “{query}”. Try another or a shorter word, search the whole site, or use the list of the site's pages below.",
	'search.more': 'Show more results',
	'footer.about': 'The Mentor Network is a programme created by KVINFO.',
	'footer.more': 'About this site',
	'footer.sections': 'Pages on this site',
	'siteIndex.heading': 'Main sections of this site',
	'footer.source':
		"Facts about the programme come from KVINFO's presentation of the Mentor Network, October 2012, unless stated otherwise.",
	'footer.otherPages': 'The rest of the site is in Danish and English:',
	'languages.covers': 'the whole site',
	'translation.from.da': 'Translated from Danish.',
	'translation.from.en': 'Translated from English.',
	'translation.unreviewed': 'No one fluent in this language has checked the translation yet.',
	'translation.reviewed': 'A person fluent in this language has checked the translation.',
	'translation.applies': 'Where they differ, the Danish text applies:',
	'translation.source': 'the Danish text',

	'home.todayHeading': 'The network today',
	'home.todayResult':
		'In 2021, 59% of the mentees who answered the evaluation after their course got a job or an education.',
	'home.todaySource': 'KVINFO, 24 May 2022',
	'home.todayCities':
		'KVINFO’s own page (undated) names five cities: Aarhus, Odense, Svendborg, Slagelse and Copenhagen.',
	'home.todayOffices': 'See the cities and offices',
	'home.ctaMentee': 'More for mentees',
	'home.ctaMentor': 'More for mentors',
	'home.history': 'The network’s history and today',
	'home.whyHeading': 'A network opens doors',
	'home.why':
		'The mentor opens her network to the mentee. In October 2012 KVINFO cited an estimate: more than 50 % of all job openings in Denmark are filled through personal networks. We find the mentor from the mentee’s education, profession and wishes, and the two meet as equals.',
	'home.valuesHeading': 'Three values',
	'home.figuresHeading': 'The network in figures',
	'home.storiesHeading': 'Stories',
	'home.allStories': 'All stories',
	'home.allValues': 'Read about the values',
	'home.allFigures': 'The model and its figures',

	'cta.signupMentee': 'Sign up as a mentee',
	'cta.signupMentor': 'Sign up as a mentor',
	'cta.readFaq': 'Read the questions and answers',

	'figures.asOf': 'Figure from',
	'figures.source': 'Source',
	// Figures: how the source states a number (the schema's qualifier) and what a percentage is a share of
	'figures.qualifier.moreThan': 'Over',
	'figures.qualifier.atLeast': 'At least',
	'figures.qualifier.about': 'About',
	'figures.shareOf': 'Share of:',
	'figures.sources': 'Sources',
	// Partners: charts, map, data, citation
	'charts.heading': 'The figures as pictures',
	'charts.roles.title': 'Participants by role since 2002',
	'charts.roles.desc':
		'Horizontal bars, one for mentors and one for mentees, each with its number. The length of each bar follows the number.',
	'charts.roles.total':
		'The source gives the total number of participants separately, not as the sum of the bars',
	'charts.role': 'Role',
	'charts.number': 'Number',
	'charts.countries.desc':
		'A numbered ranking from 1 to 10. The source gives only the order, not how many mentees come from each country, so the picture shows no sizes.',
	'charts.rank': 'Rank',
	'charts.country': 'Country',
	'map.heading': 'The offices on the map',
	'map.title': "Map of Denmark with the Mentor Network's offices",
	'map.desc':
		'The outline of Denmark with a numbered point for each office, placed in the area the office serves.',
	'map.area': 'The area the office serves – not the street address',
	'map.notPlaced': 'Not on the map, because the location is not known',
	'map.offices': 'Offices on the map',
	'map.credit':
		'Map: Natural Earth (public domain) via world-atlas, drawn when the site was built.',
	'offices.location': 'Location',
	'offices.locationArea':
		"We do not know the office's address. The link shows the area the office serves.",
	'offices.osmArea': 'See the area on OpenStreetMap',
	'offices.osmAddress': 'See the address on OpenStreetMap',
	'data.heading': 'Open data',
	'data.lead':
		'The key figures can be downloaded as data, generated from the same records as this page. Each figure has its as-of date and source.',
	'data.json': 'Key figures as JSON',
	// The model page as a printed fact sheet (print.css): how to print it, the contact form's address on paper
	'data.print.factSheet':
		"Print the fact sheet: choose Print in your browser's menu, or press Ctrl+P (⌘+P on a Mac). It fits on two pages.",
	'data.print.contactForm': 'Contact form:',
	// Open data: the licence (src/figures/figuresLicence.ts)
	'data.licence': 'The figures may be reused under the licence',
	'data.licenceTerms': "Name KVINFO's Mentor Network and the source of each figure.",
	'data.csvDialects':
		'The Danish CSV file uses semicolons and decimal commas, as spreadsheets with Danish settings expect. The English one uses commas and decimal points.',
	'data.csv': 'Key figures as CSV (spreadsheet)',
	'feed.title': 'Stories from the Mentor Network',
	'feed.link': 'Follow the stories by RSS',
	'feed.description': "New stories about mentoring in KVINFO's Mentor Network.",

	'stories.illustrative': 'Illustrative story',
	'stories.illustrativeNote':
		'This story was written to show how a mentoring relationship can go. The people in it do not exist.',
	'stories.profession': 'Field',
	'stories.country': 'Background',
	'stories.office': 'Office',
	'stories.published': 'Published',
	'stories.tags': 'Topics',
	'stories.people': 'People',
	'stories.back': 'All stories',
	'listing.filters': 'Find stories',
	'listing.all': 'All',
	'listing.previous': 'Previous page',
	'listing.next': 'Next page',
	'listing.pages': 'Pages',
	'listing.page': 'page',

	'faq.audience.mentee': 'For mentees',
	'faq.audience.mentor': 'For mentors',
	'faq.audience.partner': 'For partner organisations',
	'faq.audience.everyone': 'For everyone',
	'faq.contents': 'Groups',

	'offices.region': 'Area',
	'offices.established': 'Opened',
	'offices.address': 'Address',
	'offices.email': 'Email',
	'offices.phone': 'Phone',
	'offices.website': 'Website',
	'offices.hours': 'Opening hours',
	'offices.accessibility': 'Accessibility',
	'offices.directions': 'How to get there',
	'offices.unknown':
		'The address and opening hours are not here yet. The network can give them to you.',
	'offices.back': 'All offices',
	// Offices she can choose (issue 22): today's cities, apart from those kept for the history
	'offices.todayHeading': 'Cities you can choose',
	'offices.historyHeading': "From the network's history",
	'offices.sources': 'Sources',
	'offices.historyOnly':
		"This office is part of the network's history. You cannot choose it when you sign up.",

	'values.number': 'Value',

	'history.heading': 'History – and where does the network stand today?',
	'history.anchor': 'history',
	'history.lead':
		'Here is how the network developed from 2002 to today, each point with its own date and source. The newest dated facts are from May 2022; the last points are from KVINFO’s own undated pages. Things may have changed since: do ask us.',
	'history.source': 'Source',
	'history.latestLead': 'The newest on the network, each point with its own date and source:',
	'history.whole': 'The network’s whole history',

	// Contact: the organisation's details (editor-owned settings) and the question form
	'contact.heading': 'Contact the Mentor Network',
	'contact.email': 'Email',
	'contact.phone': 'Phone',
	'contact.address': 'Postal address',
	'contact.website': 'Website',
	'contact.unset':
		'The Mentor Network’s email address, phone number and postal address have not yet been added to this site. Until they are, you can reach us with the contact form.',
	'contact.useForm': 'Write to us with the contact form',
	'contact.controller': 'KVINFO is the data controller. How to contact KVINFO:',
	'contact.officeUnset':
		'This office has no email address or phone number on the site yet. Write to us with the contact form and we will pass your question on.',
	'contact.formTitle': 'Ask a question',
	'contact.submit': 'Send question',
	'contact.sending': 'Sending your question…',
	'contact.failedTitle': 'Your question has not been sent',
	'contact.unconfirmedTitle': 'We could not confirm that your question arrived',
	'contact.failed.unreachable':
		'We could not connect, so your question has not been sent. What you wrote is still here. Check your internet connection and press “Send question” again.',
	'contact.failed.timeout':
		'No answer came in time, so we do not know whether your question arrived. What you wrote is still here. You can safely send again: the same question is registered only once.',
	'contact.failed.rejected':
		'We could not accept your question just now. What you wrote is still here. Try again in a moment.',
	'contact.question.label': 'Your question',
	'contact.question.hint': 'We reply to the email address you give.',
	'contact.question.required': 'Enter your question',
	'contact.email.hint': 'We only use it to reply to you.',
	'contact.consent.label':
		'I agree that the Mentor Network uses my information to answer my question.',
	'contact.consent.required':
		'Tick the box to give your consent. Without your consent we cannot accept the question',
	'contact.receiver.invalid':
		'Some answers need to be corrected, so your question has not been sent. Go back to the form. What you wrote is still there.',
	'contact.receiver.received': 'Thank you. We have received your question.',

	// Sign-up form
	'signup.chooseRole': 'What do you want to sign up as?',
	'signup.role.mentee': 'I want to be a mentee',
	'signup.role.mentor': 'I want to be a mentor',
	'signup.optional': '(optional)',
	'signup.languageNote':
		'The Mentor Network communicates in Danish: contact with the network and the meetings are in Danish.',
	'signup.errorPrefix': 'Error:',
	'signup.summaryTitle': 'There is a problem',
	'signup.submit': 'Send sign-up',
	'signup.sending': 'Sending your sign-up…',
	'signup.failedTitle': 'Your sign-up has not been sent',
	'signup.unconfirmedTitle': 'We could not confirm that your sign-up arrived',
	'signup.failed.unreachable':
		'We could not connect, so your sign-up has not been sent. Your answers are still here. Check your internet connection and press “Send sign-up” again.',
	'signup.failed.timeout':
		'No answer came in time, so we do not know whether your sign-up arrived. Your answers are still here. You can safely send again: the same answers are registered only once.',
	'signup.failed.rejected':
		'We could not accept your sign-up just now. Your answers are still here. Try again in a moment.',
	'signup.honeypot': 'Leave this field empty',
	'signup.tooLong': 'Write no more than {max} characters in “{label}”',
	'signup.name.label': 'Name',
	'signup.name.required': 'Enter your name',
	'signup.email.label': 'Email address',
	'signup.email.hint': 'We only use it to contact you about the network.',
	'signup.email.required': 'Enter your email address',
	'signup.email.invalid': 'Enter an email address in the correct format, like name@example.com',
	'signup.phone.label': 'Phone number',
	'signup.phone.hint': 'If you would rather we call you.',
	'signup.office.label': 'Which office do you want to belong to?',
	'signup.office.hint': 'Choose the office nearest to you.',
	'signup.office.required': 'Choose an office',
	'signup.office.elsewhere': 'I live elsewhere in Denmark',
	'signup.postcode.label': 'Your postcode',
	'signup.postcode.hint':
		'Write it if you chose “I live elsewhere in Denmark”. Then we can see where you live and write to you about what we can offer there.',
	'signup.postcode.invalid': 'Enter the postcode as four digits, like 5000',
	'signup.education.label': 'Your education',
	'signup.education.hint':
		'For example, nurse trained in Syria, or a bachelor’s degree in economics.',
	'signup.education.required': 'Enter your education',
	'signup.profession.label': 'Your profession or field',
	'signup.profession.hint': 'For example engineer, teacher or accounting.',
	'signup.profession.required': 'Enter your profession or field',
	'signup.sector.label': 'Your sector',
	'signup.sector.hint': 'Where you work, for example health, IT or the public sector.',
	'signup.sector.required': 'Enter your sector',
	'signup.goals.label': 'Your wishes and goals',
	'signup.goals.hint':
		'In your own words, what would you like to achieve? It helps us find the right mentor for you.',
	'signup.goals.required': 'Enter your wishes and goals',
	'signup.motivation.label': 'Why do you want to be a mentor?',
	'signup.motivation.required': 'Tell us why you want to be a mentor',
	'signup.availability.label': 'When and how much time do you have?',
	'signup.availability.hint': 'For example, two hours a month, preferably in the afternoon.',
	'signup.availability.required': 'Tell us when and how much time you have',
	'signup.danishLevel.label': 'How well do you speak Danish?',
	'signup.danishLevel.none': 'Not chosen',
	'signup.danishLevel.beginner': 'I am a beginner',
	'signup.danishLevel.everyday': 'I manage in everyday life',
	'signup.danishLevel.good': 'I speak and write Danish well',
	'signup.danishLevel.fluent': 'Fluently',
	'signup.country.label': 'Which country is your background from?',
	'signup.country.hint':
		'We use it only to understand your background when we look for a match. It may show your ethnic origin. It is your choice whether to write it.',
	'signup.countryConsent.label':
		'Yes, the Mentor Network may use the country of my background when finding a match.',
	'signup.countryConsent.required':
		'Tick the box if we may use the country you wrote, or leave the country field empty',
	'signup.contactLanguage.label': 'Which language should we contact you in?',
	'signup.contactLanguage.required': 'Choose a language',
	'signup.contactLanguage.da': 'Danish',
	'signup.contactLanguage.en': 'English',
	'signup.consent.label':
		'I agree that the Mentor Network uses my information to find a match and to contact me.',
	'signup.consent.link': 'Read the privacy notice (opens in a new tab)',
	'signup.consent.required':
		'Tick the box to give your consent. Without your consent we cannot accept the sign-up',
	'signup.invalid': 'Check this answer',
	'signup.receiver.invalid':
		'Some answers need to be corrected, so your sign-up has not been sent. Go back to the form. Your answers are still there.',
	'signup.receiver.received': 'Thank you. We have received your sign-up.',

	// Contact and every form (issue 22): any language, the other way to reach the network, the call-back request
	'form.anyLanguage': 'You may write your answers in this form in any language.',
	'form.otherRoute': 'You can also reach us another way:',
	'form.otherRoute.callback': 'Ask to be called back',
	'callback.formTitle': 'Ask us to call you',
	'callback.intro':
		'No email address, or would you rather talk to us? Give your phone number and we will call you.',
	'callback.submit': 'Call me back',
	'callback.sending': 'Sending your number …',
	'callback.failedTitle': 'Your number has not been sent',
	'callback.unconfirmedTitle': 'We could not confirm that your number arrived',
	'callback.failed.unreachable':
		'We could not connect, so your number has not been sent. What you wrote is still here. Check your internet connection and press “Call me back” again.',
	'callback.failed.timeout':
		'We did not get an answer in time, so we do not know whether your number arrived. What you wrote is still here. You can safely send it again: the same request is only recorded once.',
	'callback.failed.rejected':
		'We could not accept your number just now. What you wrote is still here. Please try again in a little while.',
	'callback.phone.hint': 'The number we should call.',
	'callback.phone.required': 'Enter your phone number',
	'callback.phone.invalid': 'Enter the phone number in digits, like 12 34 56 78',
	'callback.callLanguage.label': 'Which language would you rather speak?',
	'callback.callLanguage.hint':
		'The Mentor Network communicates in Danish. We cannot promise to call you in another language.',
	'callback.callLanguage.required': 'Choose a language',
	'callback.callTime.label': 'When is the best time for us to call?',
	'callback.callTime.required': 'Choose when we can call',
	'callback.callTime.morning': 'In the morning',
	'callback.callTime.afternoon': 'In the afternoon',
	'callback.callTime.any': 'Any time',
	'callback.email.hint': 'If you have an email address, we can also write to you.',
	'callback.consent.label': 'I agree that the Mentor Network uses my information to call me back.',
	'callback.consent.required':
		'Tick the box to give your consent. Without your consent we cannot call you back',
	'callback.receiver.invalid':
		'Some answers need correcting, so your number has not been sent. Go back to the form. What you wrote is still there.',
	'callback.receiver.received': 'Thank you. We have received your phone number.',

	'notFound.title': 'Page not found',
	'notFound.body': 'We cannot find the page you are looking for. It may have moved.',
	'notFound.home': 'Go to the home page',

	'date.updated': 'Last updated',
} as const satisfies Record<keyof typeof da, string>;
