import { Component, createElement, type ComponentType } from 'react';
import type { Problem } from './validate.ts';

/**
 * Marks the fields the save check (admin/cms.ts) refuses, in Decap's own way: the message in red above
 * the field, the field's label and frame red, and `aria-invalid` on its input, in whichever language
 * column the field is. Decap validates a field through its control's `isValid`; every control is
 * wrapped here so that `isValid` also reports the check's problems for that field and language.
 * Decap clears a field's errors as soon as it is edited, and validates the left column again on every
 * save; the check then marks what is still wrong.
 */

/** The parts of Immutable.js that are read here. */
interface ImmutableField {
	get(key: string): unknown;
}
interface ImmutableList<T> {
	toArray(): T[];
}

/** What Decap's `Widget` passes to a control (only what is read here). */
interface ControlProps {
	field: ImmutableField;
	collection: ImmutableField;
	locale?: string;
	forID: string;
	parentIds?: string[];
	value?: unknown;
	classNameWrapper?: string;
	hasActiveStyle?: boolean;
	fieldsErrors?: { has(id: string): boolean };
	validate: () => void;
}

/** What a Decap control instance may offer its `Widget`. */
interface ControlInstance {
	isValid?: () => unknown;
	validate?: () => void;
	focus?: (path: string) => void;
	getValidateValue?: () => unknown;
	shouldComponentUpdate?: (next: ControlProps) => boolean;
	getWrappedInstance?: () => ControlInstance;
}

/** The check's messages, by `<locale>:<field path>` (list positions left out: the list is marked). */
let messages = new Map<string, string>();
/** True while the controls are asked to show the check's problems. */
let marking = false;
const mounted = new Set<MarkableControl>();

function key(locale: string | undefined, path: PropertyKey[]): string {
	return `${locale}:${path.filter((part) => typeof part !== 'number').join('.')}`;
}

/** The names from the collection's fields down to `target`, or undefined when it is not there. */
function pathOf(
	fields: unknown,
	target: ImmutableField,
	prefix: string[] = [],
): string[] | undefined {
	const list = fields as ImmutableList<ImmutableField> | ImmutableField | undefined;
	if (!list) return undefined;
	// A list's single `field` is one field (a Map, named); `fields` is a List of them.
	const single = typeof (list as ImmutableField).get('name') === 'string';
	const items = single
		? [list as ImmutableField]
		: (list as ImmutableList<ImmutableField>).toArray();
	for (const field of items) {
		const path = [...prefix, String(field.get('name'))];
		if (field === target) return path;
		const inner = pathOf(field.get('fields') ?? field.get('field'), target, path);
		if (inner) return inner;
	}
	return undefined;
}

class MarkableControl extends Component<ControlProps> {
	/** The control wrapped: set by `markable`. */
	declare control: ComponentType<ControlProps>;
	inner: ControlInstance | null = null;
	/** Whether this control shows a problem of the check. */
	shown = false;

	componentDidMount() {
		mounted.add(this);
		this.markInput();
	}

	componentDidUpdate() {
		this.markInput();
	}

	componentWillUnmount() {
		mounted.delete(this);
	}

	/** The key of this field's problems; a field outside the collection's own fields has none. */
	get key(): string | undefined {
		const { collection, field, locale } = this.props;
		const path = pathOf(collection?.get('fields'), field);
		return path && key(locale, path);
	}

	/** Sets `aria-invalid` on the input while Decap shows an error for the field (its own or ours). */
	markInput() {
		const input = document.getElementById(this.props.forID);
		if (!input) return;
		if (this.props.fieldsErrors?.has(this.props.forID)) input.setAttribute('aria-invalid', 'true');
		else input.removeAttribute('aria-invalid');
	}

	/** Called by Decap's `Widget` with itself as `this`: an arrow function keeps the control's. */
	isValid = () => {
		const message = marking && this.key ? messages.get(this.key) : undefined;
		this.shown = Boolean(message);
		if (message) {
			return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message } };
		}
		return this.inner?.isValid ? this.inner.isValid() : true;
	};

	// Objects and lists validate their own fields: what they offer is passed on.
	validate = () => (this.inner?.validate ? this.inner.validate() : this.props.validate());
	focus = (path: string) =>
		this.inner?.focus ? this.inner.focus(path) : document.getElementById(this.props.forID)?.focus();
	getValidateValue = () => this.inner?.getValidateValue?.();

	shouldComponentUpdate(next: ControlProps) {
		if (this.inner?.shouldComponentUpdate) return this.inner.shouldComponentUpdate(next);
		// Decap's `Widget` rule for a control without its own.
		const { value, classNameWrapper, hasActiveStyle } = this.props;
		return (
			value !== next.value ||
			classNameWrapper !== next.classNameWrapper ||
			hasActiveStyle !== next.hasActiveStyle
		);
	}

	setInner = (ref: ControlInstance | null) => {
		this.inner = ref?.getWrappedInstance ? ref.getWrappedInstance() : ref;
	};

	render() {
		return createElement(this.control, { ...this.props, ref: this.setInner } as ControlProps);
	}
}

/** A Decap control whose field can be marked by the save check. */
export function markable(control: ComponentType<ControlProps>): ComponentType<ControlProps> {
	return class Markable extends MarkableControl {
		control = control;
	};
}

/**
 * Shows `problems` on their fields (in Danish) and takes earlier marks off. Decap's `Widget.validate`
 * asks the control's `isValid`, then puts the errors where it shows its own.
 */
export function markProblems(problems: Problem[]) {
	messages = new Map();
	for (const problem of problems) {
		const at = key(problem.locale, problem.path);
		const message = problem.message.da;
		messages.set(at, messages.has(at) ? `${messages.get(at)} ${message}` : message);
	}
	marking = true;
	try {
		for (const control of mounted) {
			if (control.shown || (control.key && messages.has(control.key))) control.props.validate();
		}
	} finally {
		marking = false;
	}
}
