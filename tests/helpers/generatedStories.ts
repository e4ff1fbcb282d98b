import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeLocales as locales } from '../../src/i18n/locales.ts';

/**
 * Writes `count` illustrative stories per language that has stories (Danish, English) into a project copy, at the office `fyn` with the
 * field "Test", older than every real story and one day apart (story n is older than story n - 1),
 * so the first `count` of a larger set are also the newest.
 */
export function writeGeneratedStories(dir: string, count: number, oldest = count) {
	for (const locale of locales) {
		for (let n = 0; n < count; n++) {
			const day = new Date(Date.UTC(2001, 0, 1) + (oldest - n) * 86_400_000);
			writeFileSync(
				join(dir, 'content/stories', locale, `growth-${n}.md`),
				[
					'---',
					`title: "Growth test ${n}"`,
					'illustrative: true',
					'people: ["A", "B"]',
					'profession: "Test"',
					'office: fyn',
					`date: ${day.toISOString().slice(0, 10)}`,
					'summary: "A generated story."',
					'consent:',
					'  date: 2001-01-01',
					'---',
					'',
					'Body.',
					'',
				].join('\n'),
			);
		}
	}
}
