import { z } from 'astro/zod';
import { contactDetails, hint, text, translation, url } from './fields.ts';

/** Site-wide settings, one file per language. */
export const settingsSchema = z.object({
	organisation: text(
		{ en: 'Add the name of the organisation.', da: 'Skriv organisationens navn.' },
		120,
	).meta(
		hint({
			en: "The organisation's name, shown at the top of every page.",
			da: 'Organisationens navn, som står øverst på hver side.',
		}),
	),
	tagline: text(
		{
			en: 'Add a one-line description of the programme.',
			da: 'Skriv en beskrivelse af programmet på én linje.',
		},
		200,
	).meta(
		hint({
			en: 'A one-line description of the programme, shown when a page is shared.',
			da: 'En beskrivelse af programmet på én linje, som vises, når en side deles.',
		}),
	),
	contact: contactDetails()
		.default({})
		.meta(
			hint({
				en: 'How to reach the programme. Fill in only what is known and public.',
				da: 'Hvordan man kontakter programmet. Udfyld kun det, der er kendt og offentligt.',
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
			hint({
				en: 'Where the sign-up form sends its answers. Change it only when the developers ask you to.',
				da: 'Hvor tilmeldingsformularen sender svarene hen. Ret det kun, når udviklerne beder om det.',
			}),
		),
	social: z
		.array(
			z.object({
				label: text(
					{ en: 'Name the link, e.g. "LinkedIn".', da: 'Skriv linkets navn, fx "LinkedIn".' },
					40,
				).meta(
					hint({
						en: 'The name of the link, e.g. "LinkedIn".',
						da: 'Linkets navn, fx »LinkedIn«.',
					}),
				),
				url: url({
					en: 'Write the address starting with https://.',
					da: 'Skriv adressen, så den begynder med https://.',
				}).meta(
					hint({
						en: "The address of the organisation's profile, starting with https://.",
						da: 'Adressen på organisationens profil, der begynder med https://.',
					}),
				),
			}),
		)
		.default([])
		.meta(
			hint({
				en: "Links to the organisation's profiles on social media.",
				da: 'Links til organisationens profiler på sociale medier.',
			}),
		),
	translation: translation(),
});

export type Settings = z.infer<typeof settingsSchema>;
