import { z } from 'astro/zod';
import { contactDetails, text, translation, url } from './fields.ts';

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
	/** Public ways to reach the programme. Leave out what is not known. */
	contact: contactDetails().default({}),
	/**
	 * Where the sign-up form posts. The build-time variable PUBLIC_FORM_ACTION wins when set; this is the
	 * fallback for hosts where editors cannot set variables.
	 */
	formAction: url({
		en: 'Write the form handler address starting with https://.',
		da: 'Skriv adressen på formularens modtager, så den begynder med https://.',
	}).optional(),
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
