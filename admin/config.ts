import type { CmsConfig } from 'decap-cms-core';
import { defaultLocale, locales } from '../src/i18n/locales.ts';
import { cmsCollection, collectionSpecs } from './collections.ts';
import { withUploadLimits } from './media.ts';
import { interfaceLocale } from './fields.ts';

/** The build-time settings of the CMS (`PUBLIC_*` variables, see docs/cms.md). */
export interface CmsEnv {
	/** The GitHub repository editors publish to, as `owner/name`. */
	PUBLIC_CMS_REPO?: string;
	/** The branch the site is built from. */
	PUBLIC_CMS_BRANCH?: string;
	/** The OAuth service that signs editors in to GitHub (its base URL). */
	PUBLIC_CMS_AUTH_URL?: string;
	/** Where `decap-server` answers when editing locally. */
	PUBLIC_DECAP_LOCAL_URL?: string;
	/** The site's public address (Astro's `site`, from astro.config.mjs): "Vis på siden" opens it. */
	SITE?: string;
}

/**
 * Uploaded pictures go to `content/media/`. Entries sit two folders below `content/`
 * (`content/stories/da/…`), so `../../media/<file>` is the same relative path from every language, and
 * Astro's `image()` resolves it through the image pipeline (resized, modern formats).
 */
export const mediaFolder = 'content/media';
export const publicFolder = '../../media';

/** The whole Decap configuration: collections generated from the zod schemas, backends from `env`. */
export function cmsConfig(env: CmsEnv): CmsConfig {
	return {
		// Decap's own interface in Danish, the editors' language; field labels are Danish too.
		locale: interfaceLocale,
		load_config_file: false,
		backend: {
			name: 'github',
			repo: env.PUBLIC_CMS_REPO ?? 'kvinfo/mentor-network-site',
			branch: env.PUBLIC_CMS_BRANCH ?? 'main',
			...(env.PUBLIC_CMS_AUTH_URL && { base_url: env.PUBLIC_CMS_AUTH_URL }),
		},
		// Used only when /admin/ is opened on localhost and decap-server answers; never on the public host.
		// Decap's default is decap-server's default port, http://<this host>:8081/api/v1.
		local_backend: env.PUBLIC_DECAP_LOCAL_URL ? { url: env.PUBLIC_DECAP_LOCAL_URL } : true,
		publish_mode: 'editorial_workflow',
		// "Vis på siden" on a published entry: the site's address with the collection's preview_path.
		...(env.SITE && { site_url: env.SITE, display_url: env.SITE }),
		media_folder: mediaFolder,
		public_folder: publicFolder,
		i18n: { structure: 'multiple_folders', locales, default_locale: defaultLocale },
		// Pictures only of a size and type the site can show (admin/media.ts).
		collections: collectionSpecs.map(cmsCollection).map(withUploadLimits),
	} as CmsConfig;
}
