/**
 * The URL segment for a value an editor writes in a story (a profession, a country), spelled the way
 * the site's Danish URLs are: `Civilingeniør` → `civilingenioer`. Letters outside the Latin alphabet
 * are kept as they are, so a value in another script still gets a segment of its own.
 */
export function valueSlug(value: string): string {
	const latin = value
		.toLowerCase()
		.replaceAll('æ', 'ae')
		.replaceAll('ø', 'oe')
		.replaceAll('å', 'aa')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '');
	return latin.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}
