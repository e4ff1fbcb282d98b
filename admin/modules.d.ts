/**
 * Decap's modular packages ship without type declarations; admin/decap.ts uses only this much of them.
 */
declare module 'decap-cms-backend-github' {
	export const GitHubBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-backend-proxy' {
	export const ProxyBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-locales' {
	export const da: import('decap-cms-core').CmsLocalePhrases;
	export const en: import('decap-cms-core').CmsLocalePhrases;
}
declare module 'decap-cms-locales/dist/esm/*/index.js' {
	const phrases: { [key: string]: string | typeof phrases };
	export default phrases;
}
declare module 'decap-cms-widget-*' {
	const widget: { Widget(): import('decap-cms-core').CmsWidgetParam };
	export default widget;
}
declare module 'decap-cms-widget-markdown/dist/esm/schema.js' {
	/** The JSON schema of the Markdown widget's options. */
	const schema: object;
	export default schema;
}
