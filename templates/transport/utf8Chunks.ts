/**
 * The chunks of a stream (text, or bytes of UTF-8) as text: the stream readers look at characters, and a chunk of
 * bytes may end inside a character. Decoding is in pieces small enough for V8 to allocate cheaply, and at about
 * twice the speed of a streaming decoder. Copied into the output folder with the other templates.
 */

// A global of every runtime this code targets, declared because the generated code compiles against the ECMAScript
// library alone.
declare const TextDecoder: new (
  label: string,
  options?: { ignoreBOM?: boolean },
) => { decode(input?: Uint8Array): string };

/** How many bytes at the end of `bytes` start a UTF-8 sequence that they do not complete (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const need = b >= 0xf5 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * Bytes decoded to text at a time. A string of more than about 128 KB lives in V8's large-object space, each one
 * freshly mapped memory: a file stream's 1 MB chunks made so, and copied once more when joined with the text before
 * them, cost a tenth of the stream's time; pieces this size are allocated like any small object.
 */
const PIECE = 64 * 1024;

/**
 * Chunks of a stream as text, in pieces of at most PIECE bytes. Complete UTF-8 sequences are decoded without the
 * decoder's `stream` flag (that path is about twice as fast in Node 20), and a sequence a chunk cuts is carried over
 * to the next; a byte order mark is dropped at the start of the stream only (of text chunks too), as a streaming
 * decoder does.
 */
export async function* texts(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let carry: Uint8Array | undefined;
  let first = true;
  const text = (bytes: Uint8Array): string => {
    let decoded = decoder.decode(bytes);
    if (first && decoded.length > 0) {
      first = false;
      if (decoded.charCodeAt(0) === 0xfeff) decoded = decoded.slice(1);
    }
    return decoded;
  };
  for await (const chunk of source) {
    if (typeof chunk === "string") {
      let given = chunk;
      // A text stream's byte order mark (a file read with the "utf8" encoding keeps it) is dropped as the bytes' is.
      if (first && given.length > 0) {
        first = false;
        if (given.charCodeAt(0) === 0xfeff) given = given.slice(1);
      }
      if (given.length > 0) yield given;
      continue;
    }
    let bytes = chunk;
    if (carry !== undefined) {
      bytes = new Uint8Array(carry.length + chunk.length);
      bytes.set(carry);
      bytes.set(chunk, carry.length);
      carry = undefined;
    }
    for (let start = 0; start < bytes.length;) {
      let end = Math.min(start + PIECE, bytes.length);
      const cut = incompleteTail(bytes.subarray(start, end));
      if (end === bytes.length && cut > 0) carry = bytes.slice(end - cut);
      end -= cut;
      if (end <= start) break; // the chunk's last bytes, carried over
      const decoded = text(bytes.subarray(start, end));
      if (decoded.length > 0) yield decoded;
      start = end;
    }
  }
  // A sequence cut short by the end of the stream: the decoder replaces it, as a streaming decoder's flush does.
  if (carry !== undefined) {
    const rest = text(carry);
    if (rest.length > 0) yield rest;
  }
}
