import { z } from 'astro/zod';
import { cms, contactDetails, postalAddress, sourceUrl, text, translation, url } from './fields.ts';

/** Site-wide settings, one file per language. */
export const settingsSchema = z.object({
	organisation: text(
		{ en: 'Add the name of the organisation.', da: 'Skriv organisationens navn.' },
		120,
	).meta(
		cms({
			label: 'Organisationens navn',
			hint: {
				en: "The organisation's name, shown at the top of every page.",
				da: 'Organisationens navn, som står øverst på hver side.',
			},
		}),
	),
	tagline: text(
		{
			en: 'Add a one-line description of the programme.',
			da: 'Skriv en beskrivelse af programmet på én linje.',
		},
		200,
	).meta(
		cms({
			label: 'Kort beskrivelse',
			hint: {
				en: 'A one-line description of the programme, shown when a page is shared.',
				da: 'En beskrivelse af programmet på én linje, som vises, når en side deles.',
			},
		}),
	),
	/**
	 * Public ways to reach the programme, entered by editors. Leave out what is not known: until an
	 * e-mail, phone or address is set, the site says plainly that the contact form is the way to reach
	 * the network. Shown in the footer, on the contact page, in the privacy notice (the data controller's
	 * contact), in the accessibility statement and on the partners' page.
	 */
	contact: contactDetails()
		.extend({
			/** The postal address letters reach. */
			address: postalAddress()
				.optional()
				.meta(
					cms({
						label: 'Postadresse',
						hint: {
							en: 'The postal address letters to the programme reach. Leave it empty if it is not public.',
							da: 'Den postadresse, breve til programmet når frem til. Lad felterne stå tomme, hvis den ikke er offentlig.',
						},
					}),
				),
		})
		.default({})
		.meta(
			cms({
				label: 'Kontakt',
				sameInEveryLanguage: true,
				hint: {
					en: 'Fill in only what is public. Until an email, phone or address is filled in, the site points to the contact form.',
					da: 'Udfyld kun det, der er offentligt. Indtil e-mail, telefon eller adresse er udfyldt, henviser sitet til kontaktformularen.',
				},
			}),
		),
	/**
	 * Where the sign-up form posts. The build-time variable PUBLIC_FORM_ACTION wins when set; this is the
	 * fallback for hosts where editors cannot set variables.
	 */
	formAction: url({
		en: 'Write the form handler address starting with https://.',
		da: 'Skriv adressen på formularens modtager, så den begynder med https://.',
	})
		.optional()
		.meta(
			cms({
				label: 'Tilmeldingsformularens modtager',
				sameInEveryLanguage: true,
				hint: {
					en: 'Where the sign-up form sends its answers. Change it only when the developers ask you to.',
					da: 'Hvor tilmeldingsformularen sender svarene hen. Ret det kun, når udviklerne beder om det.',
				},
			}),
		),
	/**
	 * The network's history and where it stands today, oldest first, shown on the about page and the
	 * partners' page. Each milestone keeps its own date and source: a later fact is never shown as if
	 * it were true in 2012 or today, and where sources disagree, both are listed with their sources.
	 */
	history: z
		.array(
			z.object({
				/** When: a year, a period or a date as the source gives it ("2013–2014", "undated page"). */
				when: text(
					{
						en: 'Write when it happened, as the source gives it, e.g. 2003 or 2013–2014.',
						da: 'Skriv hvornår det skete, som kilden angiver det, fx 2003 eller 2013–2014.',
					},
					60,
				).meta(
					cms({
						label: 'Hvornår',
						hint: {
							en: 'When it happened, as the source gives it: a year, a period or "undated page".',
							da: 'Hvornår det skete, som kilden angiver det: et år, en periode eller »udateret side«.',
						},
					}),
				),
				/** What happened, in a sentence or two. */
				what: text({ en: 'Write what happened.', da: 'Skriv hvad der skete.' }, 800).meta(
					cms({
						label: 'Hvad skete der',
						hint: {
							en: 'What happened, in a sentence or two.',
							da: 'Hvad der skete, i en sætning eller to.',
						},
					}),
				),
				/** The source as it should be cited, with its date. */
				source: text(
					{ en: 'Name the source, with its date.', da: 'Skriv kilden med dens dato.' },
					300,
				).meta(
					cms({
						label: 'Kilde, med dato',
						hint: {
							en: 'The source as it should be cited, with its date.',
							da: 'Kilden, som den skal citeres, med dens dato.',
						},
					}),
				),
				/** The cited page itself or its archived copy (web.archive.org), never this site. */
				url: sourceUrl({
					en: 'A link to the source itself or its archived copy (web.archive.org), never to this site.',
					da: 'Link til selve kilden eller en arkiveret kopi (web.archive.org), aldrig til dette site.',
				}),
			}),
		)
		.default([])
		.meta(
			cms({
				label: 'Historie og i dag',
				hint: {
					en: 'Oldest first. Each milestone with its own date and source.',
					da: 'Ældste først. Hvert punkt med sin egen dato og kilde.',
				},
			}),
		),
	/** Links to the organisation's public profiles. */
	social: z
		.array(
			z.object({
				label: text(
					{ en: 'Name the link, e.g. "LinkedIn".', da: 'Skriv linkets navn, fx "LinkedIn".' },
					40,
				).meta(
					cms({
						label: 'Navn',
						hint: {
							en: 'The name of the link, e.g. "LinkedIn".',
							da: 'Linkets navn, fx »LinkedIn«.',
						},
					}),
				),
				url: url({
					en: 'Write the address starting with https://.',
					da: 'Skriv adressen, så den begynder med https://.',
				}).meta(
					cms({
						label: 'Adresse',
						hint: {
							en: "The address of the organisation's profile, starting with https://.",
							da: 'Adressen på organisationens profil, der begynder med https://.',
						},
					}),
				),
			}),
		)
		.default([])
		.meta(
			cms({
				label: 'Sociale medier',
				hint: {
					en: "Links to the organisation's profiles on social media.",
					da: 'Links til organisationens profiler på sociale medier.',
				},
			}),
		),
	translation: translation(),
});

export type Settings = z.infer<typeof settingsSchema>;
