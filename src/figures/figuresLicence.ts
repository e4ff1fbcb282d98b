/**
 * The licence the open figures are published under. CC BY 4.0: anyone may copy, adapt and republish the
 * figures, also commercially, as long as they name KVINFO's Mentor Network and the source — the same
 * citation the model page asks for. It is Creative Commons' licence for public-interest data and works
 * under EU database law; the numbers themselves are facts from the sources each row names.
 */
export const figuresLicence = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
