import type { Thing, WithContext } from 'schema-dts';

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`. `<`, `>` and `&` are written as
 * \u escapes (still the same JSON), so text from content such as `</script>` cannot end the element.
 */
export function serializeJsonLd(data: WithContext<Thing>): string {
	return JSON.stringify(data)
		.replaceAll('<', '\\u003c')
		.replaceAll('>', '\\u003e')
		.replaceAll('&', '\\u0026');
}
