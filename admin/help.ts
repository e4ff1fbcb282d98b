/**
 * The CMS's help link: the editors' guide (docs/redaktoer/vejledning.md), read on GitHub, where editors
 * sign in anyway. Decap 3 has no place for a link of one's own in its interface (only `display_url`,
 * the site's address), so the link sits in a corner of the admin page, above Decap's interface.
 */
export const guidePath = 'docs/redaktoer/vejledning.md';

/** The guide's address on GitHub, in the repository and branch the CMS publishes to. */
export function guideUrl(repo: string, branch: string): string {
	return `https://github.com/${repo}/blob/${branch}/${guidePath}`;
}

/** Adds the help link to the page (styled through the CSSOM: the admin's CSP allows no inline styles). */
export function addHelpLink(href: string): void {
	const link = document.createElement('a');
	link.href = href;
	link.target = '_blank';
	link.rel = 'noopener';
	link.textContent = 'Vejledning for redaktører';
	Object.assign(link.style, {
		position: 'fixed',
		right: '12px',
		bottom: '12px',
		zIndex: '400',
		padding: '6px 12px',
		borderRadius: '5px',
		background: '#fff',
		color: '#313d3e',
		boxShadow: '0 2px 6px rgba(0, 0, 0, 0.25)',
		font: '600 14px/1.4 system-ui, sans-serif',
	});
	document.body.append(link);
}
