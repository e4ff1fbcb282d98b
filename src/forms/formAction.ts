/** The local receiver (`npm start` runs it): where the form posts when nothing else is configured. */
export const localFormAction = 'http://127.0.0.1:8788/';

/** Set PUBLIC_FORM_ACTION to this to have Netlify Forms receive the sign-ups. */
export const netlifyFormAction = 'netlify';

/**
 * Where the sign-up form posts: the build-time variable PUBLIC_FORM_ACTION when set, else the address
 * in the site settings, else the local receiver. Production builds must set one of the first two.
 */
export function formAction(fromEnvironment?: string, fromSettings?: string): string {
	return fromEnvironment?.trim() || fromSettings?.trim() || localFormAction;
}
