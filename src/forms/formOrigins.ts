import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formAction, netlifyFormAction } from './formAction.ts';

/**
 * The origins the sign-up form may post to besides the site itself, for the Content-Security-Policy's
 * `form-action` and `connect-src`: the same choice the form makes (PUBLIC_FORM_ACTION, else each
 * language's settings, else the local receiver). Netlify Forms posts to our own pages: no origin.
 */
export function formOrigins(environment: string | undefined, settingsDir = './content/settings') {
	const fromSettings = readdirSync(settingsDir).map(
		(locale) =>
			(parse(readFileSync(join(settingsDir, locale, 'site.yaml'), 'utf8')) ?? {}).formAction as
				string | undefined,
	);
	const actions = fromSettings.map((setting) => formAction(environment, setting));
	return [
		...new Set(
			actions
				.filter((action) => action !== netlifyFormAction)
				.map((action) => new URL(action).origin),
		),
	];
}
