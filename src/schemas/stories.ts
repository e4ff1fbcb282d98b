import { z } from 'astro/zod';
import { date, say, text } from './fields.ts';

/**
 * The two fields of a story that depend on the content layer: the image helper (so pictures go through
 * Astro's image pipeline) and the office reference. `content.config.ts` passes Astro's; tests pass plain
 * zod stand-ins, so the rules below can be tested without a build.
 */
export interface StoryFieldFactories<Image extends z.ZodType, Office extends z.ZodType> {
	image: () => Image;
	office: Office;
}

/** A success story: the body is the story itself. */
export function storySchema<Image extends z.ZodType, Office extends z.ZodType>({
	image,
	office,
}: StoryFieldFactories<Image, Office>) {
	return z.object({
		/** The headline. */
		title: text(
			{ en: 'Add a title for the story.', da: 'Skriv en overskrift til historien.' },
			140,
		),
		/**
		 * True when no real pair told us this story: it was written to show how a pairing can go. The page
		 * then says so above the story. Stories from real people set it to false.
		 */
		illustrative: z.boolean({
			error: say({
				en: 'Say whether the story is illustrative (true) or told by real people (false).',
				da: 'Angiv, om historien er illustrativ eller fortalt af virkelige personer.',
			}),
		}),
		/** First names or pseudonyms of the people in the story; never full names. */
		people: z
			.array(
				text(
					{ en: 'Write a first name or pseudonym.', da: 'Skriv et fornavn eller et pseudonym.' },
					60,
				),
				{
					error: say({
						en: 'List the first names or pseudonyms of the people in the story.',
						da: 'Skriv fornavne eller pseudonymer på personerne i historien.',
					}),
				},
			)
			.min(1, {
				error: say({
					en: 'List at least one first name or pseudonym.',
					da: 'Skriv mindst ét fornavn eller pseudonym.',
				}),
			}),
		/** The mentee's field or profession, e.g. "Civil engineer". */
		profession: text(
			{ en: "Add the mentee's field or profession.", da: 'Skriv menteens fag eller erhverv.' },
			80,
		),
		/** The mentee's country of background, if she agreed to share it. */
		country: text(
			{
				en: 'Write the country, or leave the field out.',
				da: 'Skriv landet, eller lad feltet stå tomt.',
			},
			80,
		).optional(),
		/** The office the pair belongs to (its file name in content/offices). */
		office,
		/** The date the story was published. */
		date: date({
			en: 'Add the publication date as YYYY-MM-DD.',
			da: 'Skriv udgivelsesdatoen som ÅÅÅÅ-MM-DD.',
		}),
		/** One or two sentences for lists, search results and link previews. */
		summary: text(
			{
				en: 'Add a short summary (one or two sentences).',
				da: 'Skriv et kort resumé (en eller to sætninger).',
			},
			300,
		),
		/** A picture for the story. Alt text is required: it is what a screen reader says instead. */
		image: z
			.object(
				{
					src: image(),
					alt: text(
						{
							en: 'Describe the picture in the alt text: what would someone who cannot see it need to know?',
							da: 'Beskriv billedet i den alternative tekst: Hvad skal en, der ikke kan se det, vide?',
						},
						250,
					),
				},
				{
					error: say({
						en: 'An image needs both a picture and its alt text.',
						da: 'Et billede skal have både en billedfil og en alternativ tekst.',
					}),
				},
			)
			.optional(),
		/** A short quote from the story, shown highlighted. */
		quote: text(
			{
				en: 'Write the quote, or leave the field out.',
				da: 'Skriv citatet, eller lad feltet stå tomt.',
			},
			300,
		).optional(),
		/** Topics for filtering, e.g. "engineering", "job interview". */
		tags: z
			.array(text({ en: 'A tag cannot be empty.', da: 'Et emne må ikke være tomt.' }, 40))
			.default([]),
		/** Consent to publish. A story without recorded consent is refused: it never builds. */
		consent: z.object(
			{
				/** The date the people in the story agreed to publish it. */
				date: date({
					en: 'Add the date the people in the story agreed to publish it, as YYYY-MM-DD.',
					da: 'Skriv datoen, hvor personerne i historien sagde ja til offentliggørelse, som ÅÅÅÅ-MM-DD.',
				}),
				/** Who recorded the consent and where it is kept. */
				note: text(
					{
						en: 'Write a note about the consent, or leave the field out.',
						da: 'Skriv en note om samtykket, eller lad feltet stå tomt.',
					},
					300,
				).optional(),
			},
			{
				error: say({
					en: 'Add the consent to publish: the date the people in the story agreed to it.',
					da: 'Angiv samtykket til offentliggørelse: datoen, hvor personerne i historien sagde ja.',
				}),
			},
		),
	});
}

export type Story = z.infer<ReturnType<typeof storySchema<z.ZodString, z.ZodString>>>;
