/** The build-time variables the CMS reads; all optional (see the README, "Editing content"). */
interface ImportMetaEnv {
	readonly PUBLIC_CMS_REPO?: string;
	readonly PUBLIC_CMS_BRANCH?: string;
	readonly PUBLIC_CMS_AUTH_URL?: string;
	readonly PUBLIC_DECAP_LOCAL_URL?: string;
}
