import { z } from 'astro/zod';
import { date, text } from './fields.ts';

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
		title: text('Add a title for the story.', 140),
		/**
		 * True when no real pair told us this story: it was written to show how a pairing can go. The page
		 * then says so above the story. Stories from real people set it to false.
		 */
		illustrative: z.boolean({
			error: 'Say whether the story is illustrative (true) or told by real people (false).',
		}),
		/** First names or pseudonyms of the people in the story; never full names. */
		people: z
			.array(text('Write a first name or pseudonym.', 60), {
				error: 'List the first names or pseudonyms of the people in the story.',
			})
			.min(1, { error: 'List at least one first name or pseudonym.' }),
		/** The mentee's field or profession, e.g. "Civil engineer". */
		profession: text("Add the mentee's field or profession.", 80),
		/** The mentee's country of background, if she agreed to share it. */
		country: text('Write the country, or leave the field out.', 80).optional(),
		/** The office the pair belongs to (its file name in content/offices). */
		office,
		/** The date the story was published. */
		date: date('Add the publication date as YYYY-MM-DD.'),
		/** One or two sentences for lists, search results and link previews. */
		summary: text('Add a short summary (one or two sentences).', 300),
		/** A picture for the story. Alt text is required: it is what a screen reader says instead. */
		image: z
			.object(
				{
					src: image(),
					alt: text(
						'Describe the picture in the alt text: what would someone who cannot see it need to know?',
						250,
					),
				},
				{ error: 'An image needs both a picture and its alt text.' },
			)
			.optional(),
		/** A short quote from the story, shown highlighted. */
		quote: text('Write the quote, or leave the field out.', 300).optional(),
		/** Topics for filtering, e.g. "engineering", "job interview". */
		tags: z.array(text('A tag cannot be empty.', 40)).default([]),
		/** Consent to publish. A story without recorded consent is refused: it never builds. */
		consent: z.object(
			{
				/** The date the people in the story agreed to publish it. */
				date: date('Add the date the people in the story agreed to publish it, as YYYY-MM-DD.'),
				/** Who recorded the consent and where it is kept. */
				note: text('Write a note about the consent, or leave the field out.', 300).optional(),
			},
			{ error: 'Add the consent to publish: the date the people in the story agreed to it.' },
		),
	});
}

export type Story = z.infer<ReturnType<typeof storySchema<z.ZodString, z.ZodString>>>;
