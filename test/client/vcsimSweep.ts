/**
 * What the sweeps of the whole API (generated/) against vcsim share (whole-api-sweep.test.ts, method-sweep.test.ts):
 * a client that reads as strictly as the decoders can, so that nothing vcsim answers is unknown to the API.
 */
import { VimClient } from "../../generated";

/** Every decode policy at "reject": an unknown type, member or enum value anywhere in an answer fails the call. */
export const STRICT_DECODE = { unknownTypes: "reject", unknownMembers: "reject", unknownEnumValues: "reject" } as const;

/** A client of the vcsim at `url` (it logs in any user and password) that decodes with STRICT_DECODE. */
export function connectStrict(url: string): Promise<VimClient> {
  return VimClient.connect({ url, username: "user", password: "pass", decode: STRICT_DECODE });
}
