import { z } from 'astro/zod';
import { contactDetails, postalAddress, text, translation, url } from './fields.ts';

/** Site-wide settings, one file per language. */
export const settingsSchema = z.object({
	/** The organisation's name as shown in the header and in metadata. */
	organisation: text(
		{ en: 'Add the name of the organisation.', da: 'Skriv organisationens navn.' },
		120,
	),
	/** A one-line description of the programme, used in link previews. */
	tagline: text(
		{
			en: 'Add a one-line description of the programme.',
			da: 'Skriv en beskrivelse af programmet på én linje.',
		},
		200,
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
			address: postalAddress().optional(),
		})
		.default({}),
	/**
	 * Where the sign-up form posts. The build-time variable PUBLIC_FORM_ACTION wins when set; this is the
	 * fallback for hosts where editors cannot set variables.
	 */
	formAction: url({
		en: 'Write the form handler address starting with https://.',
		da: 'Skriv adressen på formularens modtager, så den begynder med https://.',
	}).optional(),
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
				),
				/** What happened, in a sentence or two. */
				what: text({ en: 'Write what happened.', da: 'Skriv hvad der skete.' }, 800),
				/** The source as it should be cited, with its date. */
				source: text(
					{ en: 'Name the source, with its date.', da: 'Skriv kilden med dens dato.' },
					300,
				),
				/** The cited page itself or its archived copy (web.archive.org), never this site. */
				url: url({
					en: 'Write the source address starting with https://.',
					da: 'Skriv kildens adresse, så den begynder med https://.',
				}).optional(),
			}),
		)
		.default([]),
	/** Links to the organisation's public profiles. */
	social: z
		.array(
			z.object({
				label: text(
					{ en: 'Name the link, e.g. "LinkedIn".', da: 'Skriv linkets navn, fx "LinkedIn".' },
					40,
				),
				url: url({
					en: 'Write the address starting with https://.',
					da: 'Skriv adressen, så den begynder med https://.',
				}),
			}),
		)
		.default([]),
	/** That the entry is a translation, from which language, and whether it has been checked. */
	translation: translation(),
});

export type Settings = z.infer<typeof settingsSchema>;
