/**
 * Decap's interface strings that its Danish locale lacks (decap-cms-locales 3.x has 39 keys of the
 * English one missing, so they showed in English), in Danish. admin/cms.ts registers them over Decap's
 * own Danish through `CMS.registerLocale`; tests/unit/cmsLocale.test.ts fails when a Decap upgrade adds
 * an English string that neither has.
 */
export const danishAdditions = {
	auth: { loginWithForgejo: 'Log ind med Forgejo' },
	collection: {
		collectionTop: { viewAsList: 'Vis som liste', viewAsGrid: 'Vis som gitter' },
		entries: { unpublishedHeader: 'Upublicerede dokumenter' },
	},
	editor: {
		editorControl: { field: { widgetLabel: 'Feltet %{widgetLabel}' } },
		editorInterface: {
			toggleI18n: 'Vis eller skjul det andet sprog',
			togglePreview: 'Vis eller skjul forhåndsvisningen',
			toggleScrollSync: 'Rul begge kolonner samtidig',
			toggleNotes: 'Vis eller skjul noter',
		},
		editorNotesPane: {
			title: 'Noter',
			emptyState: 'Ingen noter endnu. Skriv den første herunder.',
			addNote: 'Tilføj note',
			addPlaceholder: 'Skriv en note …',
			editPlaceholder: 'Ret din note …',
			save: 'Gem',
			cancel: 'Annuller',
			edit: 'Ret',
			delete: 'Slet',
			resolve: 'Marker som klaret',
			unresolve: 'Genåbn',
			confirmDelete: 'Vil du slette denne note?',
			shortcut: 'Tip: Tryk Ctrl+Enter for at tilføje noten.',
		},
		editorWidgets: {
			markdown: {
				strikethrough: 'Gennemstreget',
				toggleMode: {
					rich: 'Skift til formateret tekst',
					markdown: 'Skift til Markdown',
				},
			},
			datetime: { setToNow: 'Sæt %{fieldLabel} til nu' },
			object: { expand: 'Fold ud', collapse: 'Fold sammen' },
		},
	},
	mediaLibrary: { mediaLibraryModal: { close: 'Luk' } },
	ui: {
		settingsDropdown: { account: 'Kontomenu' },
		toast: {
			noteAdded: 'Noten er tilføjet',
			onFailToAddNote: 'Noten kunne ikke tilføjes: %{details}',
			noteUpdated: 'Noten er rettet',
			onFailToUpdateNote: 'Noten kunne ikke rettes: %{details}',
			noteDeleted: 'Noten er slettet',
			onFailToDeleteNote: 'Noten kunne ikke slettes: %{details}',
			noteResolved: 'Noten er markeret som klaret',
			noteReopened: 'Noten er genåbnet',
			onFailToToggleNote: 'Notens status kunne ikke ændres: %{details}',
		},
	},
};

/**
 * Decap's Danish corrected where it misspells what editors read before every status change, or says
 * it in English ("Vis live").
 */
export const danishCorrections = {
	editor: {
		// The link from a published entry to its page on the site ("View Live").
		editorToolbar: { deployButtonLabel: 'Vis på siden' },
		editor: {
			onPublishingWithUnsavedChanges:
				'Du har ændringer, der ikke er gemt. Gem dem før publicering.',
			onDeleteWithUnsavedChanges:
				'Er du sikker på, at du vil slette dette tidligere publicerede dokument og dine ændringer, der ikke er gemt?',
			onDeletePublishedEntry:
				'Er du sikker på, at du vil slette dette tidligere publicerede dokument?',
		},
	},
};

type Phrases = { [key: string]: string | Phrases };

/** `base` with `over` laid on top, key by key (nested objects merged, strings replaced). */
export function mergePhrases(base: Phrases, ...overs: Phrases[]): Phrases {
	const result: Phrases = { ...base };
	for (const over of overs) {
		for (const [key, value] of Object.entries(over)) {
			const current = result[key];
			result[key] =
				typeof value === 'object' && typeof current === 'object'
					? mergePhrases(current, value)
					: value;
		}
	}
	return result;
}
