/**
 * A copy of `data` without empty values: blank strings, nulls, and objects left empty by removing
 * them. The CMS writes `field: ''` when an editor clears an optional field; read this way, a cleared
 * field counts as left out, as the schemas intend, instead of failing the build.
 */
export function withoutEmpty<T>(data: T): T {
	if (Array.isArray(data)) {
		return data.map(withoutEmpty).filter((item) => !isEmpty(item)) as T;
	}
	if (data && typeof data === 'object' && !(data instanceof Date)) {
		const entries = Object.entries(data)
			.map(([key, value]) => [key, withoutEmpty(value)] as const)
			.filter(([, value]) => !isEmpty(value));
		return Object.fromEntries(entries) as T;
	}
	return data;
}

function isEmpty(value: unknown): boolean {
	if (value === '' || value === null || value === undefined) return true;
	return (
		typeof value === 'object' &&
		!Array.isArray(value) &&
		!(value instanceof Date) &&
		Object.keys(value as object).length === 0
	);
}
