import type { NumberText } from "./json.js";
import type { Policies, UnknownEnumValuesPolicy, UnknownMembersPolicy, UnknownTypesPolicy } from "./policies.js";
/** One problem found while decoding: where (a JSON path such as `$.datacenter.datacenter.value`) and what. */
export interface DecodeIssue {
    readonly path: string;
    readonly message: string;
}
/** Thrown by every `decodeT` function; `issues` lists every problem found, not just the first. */
export declare class DecodeError extends Error {
    readonly issues: readonly DecodeIssue[];
    /**
     * No call stack is captured: the error describes the data, not the code, and capturing one cost a fifth of the
     * speed of decoding invalid input (README, Performance). `stack` is the name and the message.
     */
    constructor(issues: readonly DecodeIssue[]);
    /** Built when read, not when thrown: a caller that only looks at `issues` pays nothing for it. */
    get message(): string;
}
/** What a decoder does with input the schemas do not describe. */
export interface DecodeOptions {
    /**
     * A `_typeName` that no schema declares, where the declared type has subtypes (a newer server's event):
     * `"nearest"` decodes it as the declared type, keeping every member, with its real name available through
     * `wireTypeName()`; `"reject"` makes it an error.
     */
    readonly unknownTypes?: UnknownTypesPolicy;
    /** Members the schemas do not declare: `"keep"` them, `"strip"` them, or `"reject"` the value. */
    readonly unknownMembers?: UnknownMembersPolicy;
    /**
     * A string an enum field's schema does not list (vSphere adds enum values in new releases): `"keep"` it (the
     * field's type admits it as an `UnknownEnumValue`) or `"reject"` it.
     */
    readonly unknownEnumValues?: UnknownEnumValuesPolicy;
    /**
     * The decoders a data object in an untyped slot (xsd:anyType, such as `EventEx.arguments[].value`) is checked by,
     * looked up by its `_typeName`. `decodeAny`, the method return readers and the SOAP, govmomi and CloudEvents
     * readers have `untypedTypes` (every type's) by default. The per-type VI JSON decoders (`decodeEvent`, `parseT`,
     * ...) keep such an object as it came, its `_typeName` checked, so that a bundle of one does not hold every type's
     * decoder: pass `{ untyped: untypedTypes }` to check it in full there too.
     */
    readonly untyped?: UntypedTable;
}
/**
 * The key of the option that decodes each element of chosen arrays on its own (the event pages the client reads): a
 * function of an array's path (`$`, `$.objects[0].propSet[0].val._value`) that says whether its elements are
 * isolated, one that does not decode becoming an `UndecodedElement` in its place (elements.ts). A symbol, not a
 * DecodeOptions member: the entry points' return types do not admit such elements, so only a caller that handles them
 * (the client's event helpers) sets it.
 */
export declare const ISOLATE_ELEMENTS: unique symbol;
/** DecodeOptions that isolate the elements of the arrays `[ISOLATE_ELEMENTS]` chooses. */
export interface IsolatingOptions extends DecodeOptions {
    readonly [ISOLATE_ELEMENTS]: (arrayPath: string) => boolean;
}
/** Slot decoders by `_typeName`: the data objects an untyped slot's value is decoded as (`untypedTypes`). */
export type UntypedTable = ReadonlyMap<string, DecodeAt<unknown>>;
declare const unknownEnumBrand: unique symbol;
/**
 * A value of an enum field that the schemas do not list, kept under `unknownEnumValues: "keep"`: a string, branded
 * so that a `switch` over the known values still has a case left for it, and a plain string is not taken for one.
 */
export type UnknownEnumValue = string & {
    readonly [unknownEnumBrand]: true;
};
/** The representation choices the code was generated with; the boxed-value decoder follows them too. */
export interface CodeModes {
    readonly int64: "number" | "bigint";
    readonly dateTime: "string" | "Date";
}
/** State threaded through one decode: the options in force and the issues found so far. */
export interface DecodeContext extends CodeModes, Policies {
    readonly issues: DecodeIssue[];
    /** Source text of unusual numbers, when the input was read from text by `parseJson`. */
    numberText: NumberText | undefined;
    int64FromNumber?: boolean;
    /** See DecodeOptions.untyped; undefined: a data object in an untyped slot is kept as it came. */
    readonly untyped?: UntypedTable | undefined;
    /** See ISOLATE_ELEMENTS: whether the elements of the array at a path are decoded each on its own. */
    readonly isolate?: ((arrayPath: string) => boolean) | undefined;
    /**
     * Issues a wire's reader found (SOAP's) that an isolated element claims by its path when it is decoded; those left
     * are the answer's own.
     */
    pending?: DecodeIssue[] | undefined;
}
export declare function decodeContext(options: DecodeOptions | undefined, defaults: DecodeDefaults): DecodeContext;
/** A decoded object in its wire form: `_typeName` and members, ready for JSON. */
export interface WireObject {
    _typeName: string;
    [member: string]: unknown;
}
/** Records a format or shape problem at `path`. */
export declare function fail(c: DecodeContext, path: string, expected: string, value: unknown): void;
/** Records a `_typeName` that is not the declared type nor one of its known subtypes. */
export declare function failTypeName(c: DecodeContext, path: string, declared: string, value: unknown, polymorphic: boolean): void;
/** Records a string an enum does not list, unless such values are kept. */
export declare function unknownEnumValue(c: DecodeContext, path: string, enumName: string, value: string): void;
/** Throws `DecodeError` if any issue was recorded, else returns the decoded value. */
export declare function finish<T>(c: DecodeContext, value: T): T;
export type DecodeDefaults = Required<Omit<DecodeOptions, "untyped">> & CodeModes & {
    readonly untyped?: UntypedTable | undefined;
};
/** A dispatcher: decodes a value found at `path` where its type is declared, recording issues in `c`. */
export type DecodeAt<T> = (value: unknown, path: string, c: DecodeContext) => T;
export declare function nestedTooDeeply(c: DecodeContext, error: unknown): void;
/** A guard's answer when the value is nested too deeply to check: not valid (any other error is rethrown). */
export declare function tooDeep(error: unknown): false;
/** Runs one decode in a fresh context: its value, or a `DecodeError` (input nested too deeply included). */
export declare function inContext<T>(options: DecodeOptions | undefined, defaults: DecodeDefaults, run: (c: DecodeContext) => T): T;
/** One decode from `$` in `c`; input nested too deeply is an issue at `$` (any other error escapes). */
export declare function decodeRoot<T>(value: unknown, c: DecodeContext, at: DecodeAt<T>): T;
export {};
