import type da from './da.ts';

/** English UI strings, typed against the Danish reference so no key can be missing. */
export default {
	'locale.name': 'English',
	'locale.dir': 'ltr',
	'locale.ogLocale': 'en_GB',
	'locale.intl': 'en-GB',

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

	'skip.link': 'Skip to content',
	'header.home': 'The Mentor Network – home',
	'header.language': 'Language',
	'search.label': 'Search the site',
	'search.placeholder': 'Search',
	'search.submit': 'Search',
	'footer.label': 'Footer',
	'footer.about': 'The Mentor Network is a programme created by KVINFO.',
	'footer.more': 'About this site',
	'footer.sections': 'Pages on this site',
	'siteIndex.heading': 'Main sections of this site',
	'footer.source':
		"Facts about the programme come from KVINFO's presentation of the Mentor Network, October 2012, unless stated otherwise.",

	'home.ctaMentee': 'Become a mentee',
	'home.ctaMentor': 'Become a mentor',
	'home.valuesHeading': 'Three values',
	'home.figuresHeading': 'The network in figures',
	'home.storiesHeading': 'Stories',
	'home.allStories': 'All stories',
	'home.allValues': 'Read about the values',
	'home.allFigures': 'The model and its figures',

	'cta.signupMentee': 'Sign up as a mentee',
	'cta.signupMentor': 'Sign up as a mentor',
	'cta.readFaq': 'Read the questions and answers',

	'figures.asOf': 'As of',
	'figures.source': 'Source',
	'figures.moreThan': 'Over',
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
	'stories.count': 'stories',

	'faq.audience.mentee': 'For mentees',
	'faq.audience.mentor': 'For mentors',
	'faq.audience.partner': 'For partner organisations',
	'faq.audience.everyone': 'For everyone',
	'faq.link': 'Link to this question',
	'faq.contents': 'Groups',

	'offices.region': 'Area',
	'offices.established': 'Opened',
	'offices.address': 'Address',
	'offices.contact': 'Contact',
	'offices.email': 'Email',
	'offices.phone': 'Phone',
	'offices.website': 'Website',
	'offices.hours': 'Opening hours',
	'offices.accessibility': 'Accessibility',
	'offices.directions': 'How to get there',
	'offices.unknown':
		'We only show details we have from a source. The address and opening hours of this office have not been added yet.',
	'offices.back': 'All offices',

	'values.number': 'Value',

	'placeholder.signup':
		'The sign-up form is being built. Until it is ready, you can read about the programme and our questions and answers.',
	'placeholder.search':
		'Search is being built. Use the menu or the list of pages on this site below.',

	'notFound.title': 'Page not found',
	'notFound.body': 'We cannot find the page you are looking for. It may have moved.',
	'notFound.home': 'Go to the home page',

	'date.updated': 'Last updated',
} as const satisfies Record<keyof typeof da, string>;
