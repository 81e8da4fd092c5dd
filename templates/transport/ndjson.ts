/**
 * NDJSON, one value per line (such as a log of CloudEvents): each non-blank line handed on as one value's text with
 * its line number, for the stream API to parse. A line may span any number of chunks. Copied into the output folder
 * with the other templates.
 */
import type { Batch, Piece } from "./streamBatch";

/** The lines of NDJSON: each non-blank line is one value. */
export async function* ndjsonBatches<T>(
  chunks: AsyncIterable<string>,
  carried: string,
): AsyncGenerator<Batch<T>> {
  let pending = "";
  let line = 1;
  let index = 0;
  const take = (text: string): Piece | undefined => {
    const at = { index, line };
    line++;
    if (text.trim().length === 0) return undefined;
    index++;
    return { text, at };
  };
  const feed = (chunk: string): Piece[] => {
    const out: Piece[] = [];
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      const piece = take(pending.slice(start, end));
      if (piece !== undefined) out.push(piece);
      start = end + 1;
    }
    pending = pending.slice(start);
    return out;
  };
  yield { pieces: feed(carried) };
  for await (const chunk of chunks) yield { pieces: feed(chunk) };
  const last = take(pending);
  if (last !== undefined) yield { pieces: [last] };
}
