// How vsphere-events writes an event: one readable line (time, category, type, key, user, message), and for an event
// that did not decode (followEvents yields it with its checkpoint and goes on) a line marked UNDECODABLE or, as
// NDJSON, {"undecodable": {...}} with every issue and the event as read. Beside vsphere-events.cjs in bin/.
"use strict";

/** One readable line: time, category, type, key, user and the server's message. */
function line(event, category) {
  const vm = event.vm?.name;
  const text = event.fullFormattedMessage ?? event.message ?? vm ?? "";
  return [
    String(event.createdTime),
    category.padEnd(7),
    event._typeName,
    `key=${event.key}`,
    ...(event.userName ? [`user=${event.userName}`] : []),
    ...(text === "" ? [] : [JSON.stringify(text)]),
  ].join("  ");
}

/**
 * An event that did not decode (followEvents yields it with its checkpoint and goes on): one readable line, marked
 * UNDECODABLE, with what can be read of it and its first issue; or, as NDJSON, `{"undecodable": {...}}` with every
 * issue and the event as read.
 */
function undecodableLine(undecodable, category) {
  const [first] = undecodable.issues;
  const more = undecodable.issues.length > 1 ? ` (and ${undecodable.issues.length - 1} more)` : "";
  return [
    undecodable.createdTime ?? "?",
    category.padEnd(7),
    undecodable.wireTypeName ?? "?",
    `key=${undecodable.key ?? "?"}`,
    "UNDECODABLE",
    ...(first === undefined ? [] : [JSON.stringify(`${first.path}: ${first.message}${more}`)]),
  ].join("  ");
}

/** JSON text of what can be read of an undecodable event (a bigint as its digits). */
function undecodableJson(undecodable) {
  return JSON.stringify({ undecodable }, (_, v) => (typeof v === "bigint" ? v.toString() : v));
}

module.exports = { line, undecodableJson, undecodableLine };
