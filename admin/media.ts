/**
 * What an editor may upload as a picture: only what the site can show well. Astro's image pipeline
 * resizes JPEG, PNG, WebP and AVIF into the sizes a page needs; an iPhone's HEIC cannot be read at
 * all (the build would fail), SVG is passed through unresized and can carry scripts, GIF loses its
 * animation and TIFF or BMP are rarely what was meant. Larger files than `maxBytes` bloat the
 * repository that every build clones, for nothing: the site never shows more than 800 pixels wide.
 */
export const uploads = {
	/** Decap's own limit (`media_library.config.max_file_size`), in bytes; it says "kB" as 1,000. */
	maxBytes: 5_000_000,
	/** File types and the endings that go with them. */
	types: {
		'image/jpeg': ['jpg', 'jpeg'],
		'image/png': ['png'],
		'image/webp': ['webp'],
		'image/avif': ['avif'],
	} as Record<string, string[]>,
};

/** The refusal of a file the site cannot show, in the CMS's interface languages. */
export const unusableTypeMessage: Record<'da' | 'en', (name: string) => string> = {
	da: (name) =>
		`«${name}» kan ikke bruges på sitet. Vælg et billede i JPEG, PNG, WebP eller AVIF. ` +
		'Billeder fra en iPhone (HEIC) kan gemmes som JPEG, før de lægges op.',
	en: (name) =>
		`“${name}” cannot be used on the site. Choose a JPEG, PNG, WebP or AVIF picture. ` +
		'Pictures from an iPhone (HEIC) can be saved as JPEG before they are uploaded.',
};

/** Whether the site can show a file of this name and type (both must agree). */
export function usableUpload({ name, type }: { name: string; type: string }): boolean {
	const ending = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	return Boolean(ending && uploads.types[type]?.includes(ending));
}

/** The parts of a Decap field that the picture limits read and write. */
interface Field {
	widget?: string;
	fields?: Field[];
	field?: Field;
	media_library?: { config?: Record<string, unknown> };
}

/** A collection with Decap's size limit on every image widget of its fields, at any depth. */
export function withUploadLimits<T extends object>(collection: T): T {
	const limit = (field: Field): Field => ({
		...field,
		...(field.fields && { fields: field.fields.map(limit) }),
		...(field.field && { field: limit(field.field) }),
		...(field.widget === 'image' && {
			media_library: {
				...field.media_library,
				config: { ...field.media_library?.config, max_file_size: uploads.maxBytes },
			},
		}),
	});
	const { fields } = collection as { fields?: Field[] };
	return { ...collection, ...(fields && { fields: fields.map(limit) }) };
}

/**
 * Refuses, before Decap sees it, a chosen file the site cannot show: a listener on the page, ahead
 * of Decap's own (which then checks the size), on every file input of the media library. The editor
 * is told why in her interface language; nothing is uploaded and the choice is cleared.
 */
export function refuseUnusableUploads(locale: 'da' | 'en', target: Document = document): void {
	target.addEventListener(
		'change',
		(event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
			const refused = [...(input.files ?? [])].find((file) => !usableUpload(file));
			if (!refused) return;
			event.stopImmediatePropagation();
			input.value = '';
			window.alert(unusableTypeMessage[locale](refused.name));
		},
		{ capture: true },
	);
}
