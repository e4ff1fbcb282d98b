/** Decap's Markdown widget, in a chunk of its own: admin/decap.ts loads it on first use. */
export { default } from 'decap-cms-widget-markdown';
