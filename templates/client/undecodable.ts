/**
 * Events that do not decode, as the follower yields them: the client reads event pages (ReadNextEvents, QueryEvents,
 * a collector's latestPage read or watched) with each event decoded on its own (core/elements.ts), so that one event
 * past what the schemas or the code's modes admit (an int64 beyond a number's range, a server's quirk, a missing
 * required member, a vendor's extension) costs that event alone. Such an event is an `UndecodableEvent`: its key,
 * time and wire type name where they can be read, the issues with their paths, and what the wire read of it. Copied
 * into the output folder.
 */
import {
  ISOLATE_ELEMENTS,
  type DecodeIssue,
  type DecodeOptions,
  type IsolatingOptions,
} from "../core/context";
import { dateTimeText } from "../core/convert";
import { UndecodedElement } from "../core/elements";
import type { EventShape } from "./contract";

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

/** The arrays of events in the answers the event helpers read: a page (`$`), a latestPage read or watched. */
const EVENT_ARRAYS =
  /^\$(?:\.objects\[\d+\]\.propSet\[\d+\]\.val\._value|\.filterSet\[\d+\]\.objectSet\[\d+\]\.changeSet\[\d+\]\.val\._value)?$/;

/** The decode options of a call whose answer's events are decoded each on its own. */
export function eventPageOptions(decode: DecodeOptions | undefined): IsolatingOptions {
  return { ...decode, [ISOLATE_ELEMENTS]: (path: string) => EVENT_ARRAYS.test(path) };
}

function member(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** What can be read of an event that did not decode. */
export function undecodableEvent(element: UndecodedElement): UndecodableEvent {
  const key = member(element.read, "key");
  const created = member(element.read, "createdTime");
  const type = member(element.read, "_typeName");
  return {
    key: typeof key === "number" && Number.isSafeInteger(key) ? key : undefined,
    createdTime:
      created instanceof Date && !Number.isNaN(created.getTime())
        ? dateTimeText(created)
        : typeof created === "string" && !Number.isNaN(Date.parse(created))
          ? created
          : undefined,
    wireTypeName: typeof type === "string" ? type : undefined,
    issues: element.issues,
    read: element.read,
  };
}

/** An event's key, decoded or not (undefined when it cannot be read). */
export function keyOf(event: PageEvent): number | undefined {
  return event instanceof UndecodedElement ? undecodableEvent(event).key : event.key;
}
