import { Component, createElement as h, lazy, Suspense, type ComponentType } from 'react';
import type { CmsWidgetParam } from 'decap-cms-core';

/** What a Decap widget package's `Widget()` gives: the parts loaded later (typed loosely there). */
interface WidgetParts {
	controlComponent: unknown;
	previewComponent?: unknown;
}

type AnyComponent = ComponentType<Record<string, unknown>>;

/** The methods Decap calls on a control instance (Widget.js: `focus` when a refused field is shown). */
interface ControlInstance {
	focus?(path?: string): void;
}

/**
 * A Decap widget whose control and preview are downloaded when an entry first shows one, in a chunk of
 * their own, instead of with the CMS. `schema` (the widget's options, which Decap checks the
 * configuration against when it starts) is registered at once. `load` is called once.
 */
export function lazyWidget(
	name: string,
	schema: object,
	load: () => Promise<WidgetParts>,
): CmsWidgetParam {
	let parts: Promise<WidgetParts> | undefined;
	const once = () => (parts ??= load());
	const Control = lazy(() =>
		once().then((widget) => ({ default: widget.controlComponent as AnyComponent })),
	);
	const Preview = lazy(() =>
		once().then((widget) => ({ default: widget.previewComponent as AnyComponent })),
	);

	/** A class, as Decap keeps a ref to the control and calls its methods. */
	class LazyControl extends Component<Record<string, unknown>> {
		inner: ControlInstance | null = null;
		focus(path?: string) {
			this.inner?.focus?.(path);
		}
		render() {
			return h(
				Suspense,
				{ fallback: null },
				h(Control, {
					...this.props,
					ref: (instance: ControlInstance | null) => {
						this.inner = instance;
					},
				}),
			);
		}
	}
	const LazyPreview = (props: Record<string, unknown>) =>
		h(Suspense, { fallback: null }, h(Preview, props));

	return {
		name,
		controlComponent: LazyControl,
		previewComponent: LazyPreview,
		schema,
	} as unknown as CmsWidgetParam;
}
