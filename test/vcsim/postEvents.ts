/**
 * Posts GeneralUserEvents to a vCenter (vcsim here) through a client: what the client tests and the client benchmark
 * follow.
 */
import { soapRequest, type VimClient } from "../catalogue";

/** Posts GeneralUserEvents with these messages through `client`, `parallel` at a time. */
export async function postEvents(client: VimClient, messages: readonly string[], parallel = 1): Promise<void> {
  for (let i = 0; i < messages.length; i += parallel) {
    await Promise.all(
      messages.slice(i, i + parallel).map((message) =>
        client.call("PostEvent", {
          _this: client.eventManager(),
          eventToPost: {
            _typeName: "GeneralUserEvent",
            key: 0,
            chainId: 0,
            createdTime: new Date().toISOString(),
            userName: "",
            message,
          },
        }),
      ),
    );
  }
}

/**
 * Posts GeneralUserEvents as postEvents does, `parallel` at a time, but never more than `ahead` past what
 * `consumed()` says a follower has taken, waiting for it between batches: vcsim's collector holds its page (at most
 * 1,000 events) only, so a follower that falls further behind than its page size never reads what fell out of it.
 */
export async function postEventsPaced(
  client: VimClient,
  messages: readonly string[],
  consumed: () => number,
  { ahead = 500, parallel = 1 }: { ahead?: number; parallel?: number } = {},
): Promise<void> {
  for (let i = 0; i < messages.length; i += parallel) {
    await within(i, consumed, ahead);
    await postEvents(client, messages.slice(i, i + parallel), parallel);
  }
}

/** Waits until the `posted`-th event is fewer than `ahead` past what `consumed()` says a follower has taken. */
export async function within(posted: number, consumed: () => number, ahead: number): Promise<void> {
  while (posted - consumed() >= ahead) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The SDK endpoint of the vCenter at `url` (with or without its `/sdk`). */
export function sdkEndpoint(url: string): URL {
  return new URL(`${url.replace(/\/sdk$/, "")}/sdk`);
}

/** The headers of a SOAP request in `client`'s session, as client.call sends them. */
export function sessionHeaders(client: VimClient): Record<string, string> {
  return {
    "Content-Type": "text/xml; charset=utf-8",
    SOAPAction: `"urn:vim25/${client.release}"`,
    Cookie: client.session ?? "",
  };
}

/**
 * Posts an EventEx whose one argument is an xsd:long of `digits` (9007199254740993: past what a number holds
 * exactly), through `client`'s session. Sent as SOAP text, the digits written in place: the client's own encoder,
 * in number mode, cannot hold such a value.
 */
export async function postLongEventEx(client: VimClient, url: string, digits: string): Promise<void> {
  const placeholder = 1234567;
  const request = soapRequest("PostEvent", {
    _this: client.eventManager(),
    eventToPost: {
      _typeName: "EventEx",
      key: 0,
      chainId: 0,
      createdTime: new Date().toISOString(),
      userName: "",
      eventTypeId: "com.example.big-number",
      arguments: [{ _typeName: "KeyAnyValue", key: "n", value: { _typeName: "long", _value: placeholder } }],
    },
  });
  const body = request.replace(`>${placeholder}<`, `>${digits}<`);
  if (body === request) throw new Error("the placeholder is not in the request");
  const answer = await fetch(sdkEndpoint(url), { method: "POST", headers: sessionHeaders(client), body });
  if (answer.status !== 200) throw new Error(`PostEvent answered HTTP ${answer.status}: ${await answer.text()}`);
}
