/**
 * Events that do not decode, as the follower yields them: the client reads event pages (ReadNextEvents, QueryEvents,
 * a collector's latestPage read or watched) with each event decoded on its own (core/elements.ts), so that one event
 * past what the schemas or the code's modes admit (an int64 beyond a number's range, a server's quirk, a missing
 * required member, a vendor's extension) costs that event alone. Such an event is an `UndecodableEvent`: its key,
 * time and wire type name where they can be read, the issues with their paths, and what the wire read of it. Copied
 * into the output folder.
 */
import { type DecodeIssue, type DecodeOptions, type IsolatingOptions } from "./context.js";
import { UndecodedElement } from "./elements.js";
import type { EventShape } from "./contract.js";
/** An event of a page the client read: decoded (an `E`, the catalogue's event), or an UndecodedElement in its place. */
export type PageEvent<E extends EventShape = EventShape> = E | UndecodedElement;
/** An event that did not decode, as far as it can be read. */
export interface UndecodableEvent {
    /** Its key, when the wire gave a whole number for it (the follower orders and checkpoints by it). */
    readonly key: number | undefined;
    /** Its createdTime as the wire wrote it, when that is readable. */
    readonly createdTime: string | undefined;
    /** The type the wire named (`EventEx`, a vendor's type), when it named one. */
    readonly wireTypeName: string | undefined;
    /** Why it does not decode: every problem, each path from the event (`$.arguments[0].value._value`). */
    readonly issues: readonly DecodeIssue[];
    /**
     * The event as the wire read it, in VI JSON's wire form (objects with `_typeName`): every member it has, but those
     * at the issues' paths are not to be trusted (SOAP reads an int64 past a number's range as 0).
     */
    readonly read: unknown;
}
/** The decode options of a call whose answer's events are decoded each on its own. */
export declare function eventPageOptions(decode: DecodeOptions | undefined): IsolatingOptions;
/** What can be read of an event that did not decode. */
export declare function undecodableEvent(element: UndecodedElement): UndecodableEvent;
/** An event's key, decoded or not (undefined when it cannot be read). */
export declare function keyOf(event: PageEvent): number | undefined;
