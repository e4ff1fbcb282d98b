import { z } from 'astro/zod';
import { text, url, translation } from './fields.ts';

/** Site-wide settings, one file per language. */
export const settingsSchema = z.object({
	/** The organisation's name as shown in the header and in metadata. */
	organisation: text('Add the name of the organisation.', 120),
	/** A one-line description of the programme, used in link previews. */
	tagline: text('Add a one-line description of the programme.', 200),
	/** Public ways to reach the programme. Leave out what is not known. */
	contact: z
		.object({
			email: z.email({ error: 'Write a valid email address.' }).optional(),
			phone: text('Write the phone number, or leave it out.', 30).optional(),
			website: url('Write the web address starting with https://.').optional(),
		})
		.default({}),
	/**
	 * Where the sign-up form posts. The build-time variable PUBLIC_FORM_ACTION wins when set; this is the
	 * fallback for hosts where editors cannot set variables.
	 */
	formAction: url('Write the form handler address starting with https://.').optional(),
	/** Links to the organisation's public profiles. */
	social: z
		.array(
			z.object({
				label: text('Name the link, e.g. "LinkedIn".', 40),
				url: url('Write the address starting with https://.'),
			}),
		)
		.default([]),
	/** That the entry is a translation, from which language, and whether it has been checked. */
	translation: translation(),
});

export type Settings = z.infer<typeof settingsSchema>;
