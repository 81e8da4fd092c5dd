/**
 * Posts GeneralUserEvents to a vCenter (vcsim here) through a client: what the client tests and the client benchmark
 * follow.
 */
import type { VimClient } from "../../generated";

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
