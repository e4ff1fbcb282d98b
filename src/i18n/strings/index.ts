import da from './da.ts';
import en from './en.ts';
import ar from './ar.ts';
import fa from './fa.ts';
import uk from './uk.ts';
import so from './so.ts';

/**
 * The site's languages, in the order the language switch and the languages page list them: the first
 * is the default, served at the site root. Adding a language is one strings file and one line here.
 */
export const dictionaries = { da, en, ar, fa, uk, so };
