// A function behind the VMware Event Broker Appliance (or the Knative vSphere source): plain node:http, no framework.
import * as http from "node:http";
import { DecodeError, decodeHttpCloudEvent, wireTypeName, type AnyEvent } from "../catalogue";

/** What the function does with each event; a switch on `_typeName` narrows `event` to its interface. */
export function handle(event: AnyEvent): string {
  switch (event._typeName) {
    case "VmPoweredOnEvent":
    case "DrsVmPoweredOnEvent":
      return `${event.vm?.name ?? "a VM"} powered on on ${event.host?.name ?? "a host"} at ${event.createdTime}`;
    case "TaskEvent":
      return `task ${event.info.descriptionId} (${event.info.state}) on ${event.info.entityName ?? "nothing"}`;
    case "EventEx": {
      const args = (event.arguments ?? []).map((a) => `${a.key}=${JSON.stringify(a.value)}`).join(" ");
      return `${event.eventTypeId} ${args}`.trim();
    }
    default:
      return `${wireTypeName(event)}: ${event.fullFormattedMessage ?? ""}`;
  }
}

/** Answers 200 with what `handle` did, or 400 with every problem of an event it cannot read. */
export const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    try {
      const { attributes, event } = decodeHttpCloudEvent(request.headers, Buffer.concat(chunks));
      response.writeHead(200, { "content-type": "text/plain" }).end(`${attributes.id}: ${handle(event)}`);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify(error.issues));
    }
  });
});
