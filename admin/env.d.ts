/** The build-time variables the CMS reads are those of `CmsEnv` (admin/config.ts), declared there once. */
interface ImportMetaEnv extends Readonly<import('./config.ts').CmsEnv> {}
