import { z } from 'astro/zod';
import { cms, date, editorError, text } from './fields.ts';

/**
 * The two fields of a story that depend on the content layer: the image helper (so pictures go through
 * Astro's image pipeline) and the office reference. `content.config.ts` passes Astro's; tests pass plain
 * zod stand-ins, so the rules below can be tested without a build.
 */
export interface StoryFieldFactories<Image extends z.ZodType, Office extends z.ZodType> {
	image: () => Image;
	office: Office;
}

/*
 * The fields that do not depend on the content layer are built once, here: Astro asks for a story's
 * schema once per entry (the image helper is bound to each entry's file), and building zod schemas
 * costs far more than checking with them, and with many stories that cost is felt in every build
 * (docs/performance.md).
 */

/** Who and what the story is about. */
const about = {
	title: text(
		{ en: 'Add a title for the story.', da: 'Skriv en overskrift til historien.' },
		140,
	).meta(
		cms({
			label: 'Overskrift',
			hint: {
				en: 'The headline of the story, on its page and in the lists of stories.',
				da: 'Historiens overskrift, på dens egen side og i oversigterne over historier.',
			},
		}),
	),
	/**
	 * True when no real pair told us this story: it was written to show how a pairing can go. The page
	 * then says so above the story. Stories from real people set it to false.
	 */
	illustrative: z
		.boolean({
			error: editorError({
				en: 'Say whether the story is illustrative (true) or told by real people (false).',
				da: 'Angiv, om historien er illustrativ eller fortalt af virkelige personer.',
			}),
		})
		.meta(
			cms({
				label: 'Illustrativ historie',
				sameInEveryLanguage: true,
				hint: {
					en: 'Switch on if no real mentor and mentee told this story (it was written to show how a pairing can go). The page then says so above the story.',
					da: 'Slå til, hvis ingen virkelig mentor og mentee har fortalt historien (den er skrevet for at vise, hvordan et forløb kan gå). Siden skriver det så over historien.',
				},
			}),
		),
	people: z
		.array(
			text(
				{ en: 'Write a first name or pseudonym.', da: 'Skriv et fornavn eller et pseudonym.' },
				60,
			),
			{
				error: editorError({
					en: 'List the first names or pseudonyms of the people in the story.',
					da: 'Skriv fornavne eller pseudonymer på personerne i historien.',
				}),
			},
		)
		.min(1, {
			error: editorError({
				en: 'List at least one first name or pseudonym.',
				da: 'Skriv mindst ét fornavn eller pseudonym.',
			}),
		})
		.meta(
			cms({
				label: 'Fornavne eller pseudonymer',
				hint: {
					en: 'The people in the story: first names or pseudonyms only, never full names. One name per line.',
					da: 'Personerne i historien: kun fornavne eller pseudonymer, aldrig fulde navne. Ét navn pr. linje.',
				},
			}),
		),
	profession: text(
		{ en: "Add the mentee's field or profession.", da: 'Skriv menteens fag eller erhverv.' },
		80,
	).meta(
		cms({
			label: 'Menteens fag',
			hint: {
				en: 'The mentee\'s field or profession, e.g. "Civil engineer".',
				da: 'Menteens fag eller erhverv, fx »Ingeniør«.',
			},
		}),
	),
	country: text(
		{
			en: 'Write the country, or leave the field out.',
			da: 'Skriv landet, eller lad feltet stå tomt.',
		},
		80,
	)
		.optional()
		.meta(
			cms({
				label: 'Baggrundsland (kun hvis hun har sagt ja)',
				hint: {
					en: "The mentee's country of background. Fill in only if she has agreed to share it; otherwise leave it empty.",
					da: 'Menteens baggrundsland. Udfyld kun, hvis hun har sagt ja til at dele det; ellers lad feltet stå tomt.',
				},
			}),
		),
};

/** When the story was published, and what lists and search results say of it. */
const published = {
	date: date({
		en: 'Add the publication date as YYYY-MM-DD.',
		da: 'Skriv udgivelsesdatoen som ÅÅÅÅ-MM-DD.',
	}).meta(
		cms({
			label: 'Udgivet',
			sameInEveryLanguage: true,
			hint: {
				en: 'The date the story is published, shown with it. The newest stories come first.',
				da: 'Datoen, historien udgives. Den står ved historien, og de nyeste historier vises først.',
			},
		}),
	),
	summary: text(
		{
			en: 'Add a short summary (one or two sentences).',
			da: 'Skriv et kort resumé (en eller to sætninger).',
		},
		300,
	).meta(
		cms({
			label: 'Resumé',
			hint: {
				en: 'One or two sentences shown in the lists of stories, in search results and when the page is shared.',
				da: 'En eller to sætninger, der vises i oversigterne over historier, i søgeresultater og når siden deles.',
			},
		}),
	),
};

/** What the story carries besides its body: a quote, topics, and the consent to publish it. */
const closing = {
	quote: text(
		{
			en: 'Write the quote, or leave the field out.',
			da: 'Skriv citatet, eller lad feltet stå tomt.',
		},
		300,
	)
		.optional()
		.meta(
			cms({
				label: 'Citat',
				hint: {
					en: 'A short quote from the story, shown highlighted. Optional.',
					da: 'Et kort citat fra historien, der vises fremhævet. Valgfrit.',
				},
			}),
		),
	tags: z
		.array(text({ en: 'A tag cannot be empty.', da: 'Et emne må ikke være tomt.' }, 40))
		.default([])
		.meta(
			cms({
				label: 'Emner',
				hint: {
					en: 'Topics of the story, e.g. "engineering" or "job interview". One topic per line.',
					da: 'Emner, historien handler om, fx »ingeniør« eller »jobsamtale«. Ét emne pr. linje.',
				},
			}),
		),
	/** Consent to publish. A story without recorded consent is refused: it never builds. */
	consent: z
		.object(
			{
				date: date({
					en: 'Add the date the people in the story agreed to publish it, as YYYY-MM-DD.',
					da: 'Skriv datoen, hvor personerne i historien sagde ja til offentliggørelse, som ÅÅÅÅ-MM-DD.',
				}).meta(
					cms({
						label: 'Dato for samtykke',
						sameInEveryLanguage: true,
						hint: {
							en: 'The date the people in the story agreed to have it published.',
							da: 'Datoen, hvor personerne i historien sagde ja til, at den offentliggøres.',
						},
					}),
				),
				note: text(
					{
						en: 'Write a note about the consent, or leave the field out.',
						da: 'Skriv en note om samtykket, eller lad feltet stå tomt.',
					},
					300,
				)
					.optional()
					.meta(
						cms({
							label: 'Note om samtykket',
							hint: {
								en: 'Who recorded the consent and where it is kept. Not shown on the site.',
								da: 'Hvem der har registreret samtykket, og hvor det opbevares. Vises ikke på siden.',
							},
						}),
					),
			},
			{
				error: editorError({
					en: 'Add the consent to publish: the date the people in the story agreed to it.',
					da: 'Angiv samtykket til offentliggørelse: datoen, hvor personerne i historien sagde ja.',
				}),
			},
		)
		.meta(
			cms({
				label: 'Samtykke til offentliggørelse',
				hint: {
					en: 'The consent to publish. A story without a recorded consent never reaches the site.',
					da: 'Samtykket til offentliggørelse. En historie uden registreret samtykke kommer aldrig på siden.',
				},
			}),
		),
};

/** What the alt text of a story's picture is for. */
const imageAlt = text(
	{
		en: 'Describe the picture in the alt text: what would someone who cannot see it need to know?',
		da: 'Beskriv billedet i den alternative tekst: Hvad skal en, der ikke kan se det, vide?',
	},
	250,
).meta(
	cms({
		label: 'Alternativ tekst',
		hint: {
			en: 'What would someone who cannot see the picture need to know? A screen reader reads this text instead of showing the picture.',
			da: 'Hvad skal en, der ikke kan se billedet, vide? En skærmlæser læser denne tekst op i stedet for billedet.',
		},
	}),
);

/** A success story: the body is the story itself. */
export function storySchema<Image extends z.ZodType, Office extends z.ZodType>({
	image,
	office,
}: StoryFieldFactories<Image, Office>) {
	return z.object({
		...about,
		/** The office the pair belongs to (its file name in content/offices). */
		office: office.meta(
			cms({
				label: 'Kontor',
				sameInEveryLanguage: true,
				widget: {
					widget: 'relation',
					collection: 'offices',
					value_field: '{{slug}}',
					search_fields: ['name'],
					display_fields: ['name'],
				},
				hint: {
					en: 'The office the mentor and mentee belong to.',
					da: 'Det kontor, mentor og mentee hører til.',
				},
			}),
		),
		...published,
		/** A picture for the story. Alt text is required: it is what a screen reader says instead. */
		image: z
			.object(
				{
					src: image().meta(
						cms({
							label: 'Billedfil',
							sameInEveryLanguage: true,
							widget: { widget: 'image', choose_url: false },
							hint: { en: 'The picture file.', da: 'Billedfilen.' },
						}),
					),
					alt: imageAlt,
				},
				{
					error: editorError({
						en: 'An image needs both a picture and its alt text.',
						da: 'Et billede skal have både en billedfil og en alternativ tekst.',
					}),
				},
			)
			.optional()
			.meta(
				cms({
					label: 'Billede',
					hint: {
						en: 'A picture for the story, if you have one. It needs an alternative text too.',
						da: 'Et billede til historien, hvis der er et. Det skal også have en alternativ tekst.',
					},
				}),
			),
		...closing,
	});
}

export type Story = z.infer<ReturnType<typeof storySchema<z.ZodString, z.ZodString>>>;
