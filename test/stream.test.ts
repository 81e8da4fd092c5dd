/**
 * Streams: NDJSON and one big JSON array, from async iterables of text or bytes and from a Node Readable, chunk
 * boundaries anywhere (inside strings, numbers, escapes and multi-byte characters), exact int64s, bad values under
 * each policy with their place in the paths, and truncated or malformed streams.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Readable } from "node:stream";
import { DecodeError, decodeCloudEventStream, decodeEvent, decodeEventStream, type StreamPosition } from "../generated";
import * as bigint from "./golden/bigint";
import { FIXTURES } from "./helpers";

const page = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, "QueryEvents.returnval.session-events.json"), "utf8"),
) as Record<string, unknown>[];
const expected = page.map((e) => decodeEvent(e));

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

async function failure(run: () => Promise<unknown>): Promise<DecodeError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error("expected a DecodeError");
}

const arrayText = JSON.stringify(page, null, 2);
const ndjsonText = `${page.map((e) => JSON.stringify(e)).join("\n")}\n`;

test("a QueryEvents dump (one JSON array) and an NDJSON archive give the events decodeEvent gives", async () => {
  expect(await collect(decodeEventStream(chunked(arrayText, 1000)))).toEqual(expected);
  expect(await collect(decodeEventStream(chunked(ndjsonText, 1000)))).toEqual(expected);
  expect(await collect(decodeEventStream(Readable.from([Buffer.from(arrayText)])))).toEqual(expected);
});

test("chunk boundaries anywhere: every split of the text into two, and one character at a time", async () => {
  const small = JSON.stringify(page.slice(0, 3));
  const lines = page
    .slice(0, 3)
    .map((e) => JSON.stringify(e))
    .join("\r\n");
  for (const text of [small, ` \n${small} \n`, lines]) {
    const want = expected.slice(0, 3);
    for (let i = 0; i <= text.length; i++) {
      const two = (async function* () {
        yield text.slice(0, i);
        yield text.slice(i);
      })();
      expect(await collect(decodeEventStream(two))).toEqual(want);
    }
    expect(await collect(decodeEventStream(chunked(text, 1)))).toEqual(want);
  }
});

test("byte chunks split inside multi-byte characters and escapes", async () => {
  const events = page.slice(0, 2).map((e) => ({ ...e, userName: 'é ü 日本 "q" \\ \u{1F600}' }));
  const bytes = Buffer.from(JSON.stringify(events));
  const want = events.map((e) => decodeEvent(e));
  for (let i = 0; i <= bytes.length; i += 1) {
    const source = Readable.from([bytes.subarray(0, i), bytes.subarray(i)]);
    expect(await collect(decodeEventStream(source))).toEqual(want);
  }
});

test("int64 values keep every digit (bigint mode)", async () => {
  const logout = { ...page[page.length - 1], callCount: 1 };
  const text = `[${JSON.stringify(logout).replace('"callCount":1', '"callCount":9007199254740993')}]`;
  const [event] = await collect(bigint.decodeStream(chunked(text, 7), bigint.parseSessionEvent));
  expect((event as { callCount?: bigint }).callCount).toBe(9007199254740993n);
});

describe("bad values", () => {
  const broken = page.map((e, i) => (i === 1 ? { ...e, key: "two" } : i === 3 ? { ...e, createdTime: "noon" } : e));

  test("throw (the default): the first bad value ends the stream, its place in the path", async () => {
    const array = await failure(() => collect(decodeEventStream(chunked(JSON.stringify(broken), 50))));
    expect(array.issues).toEqual([{ path: "$[1].key", message: expect.stringContaining("int32") as unknown }]);
    const lines = `${broken.map((e) => JSON.stringify(e)).join("\n\n")}\n`;
    const ndjson = await failure(() => collect(decodeEventStream(chunked(lines, 50))));
    expect(ndjson.issues).toEqual([{ path: "line 3: $.key", message: expect.stringContaining("int32") as unknown }]);
  });

  test("skip: every bad value is reported with its position and passed over", async () => {
    const skipped: [string[], StreamPosition][] = [];
    const events = await collect(
      decodeEventStream(chunked(JSON.stringify(broken), 64), {
        onError: "skip",
        onSkip: (error, at) => skipped.push([(error.issues ?? []).map((i) => i.path), at]),
      }),
    );
    expect(events).toEqual(expected.filter((_, i) => i !== 1 && i !== 3));
    expect(skipped).toEqual([
      [["$[1].key"], { index: 1, line: undefined }],
      [["$[3].createdTime"], { index: 3, line: undefined }],
    ]);
  });

  test("decode options reach every value", async () => {
    const extra = [{ ...page[0], futureMember: 1 }];
    const error = await failure(() =>
      collect(decodeEventStream(chunked(JSON.stringify(extra), 9), { decode: { unknownMembers: "reject" } })),
    );
    expect(error.issues.map((i) => i.path)).toEqual(["$[0].futureMember"]);
  });
});

describe("streams that are not well-formed are a DecodeError whatever the policy", () => {
  const cases: [string, string, string][] = [
    ["truncated before ]", arrayText.slice(0, arrayText.lastIndexOf("]")), `$[${page.length}]`],
    ["truncated inside an element", arrayText.slice(0, 200), "$[0]"],
    ["text after the array", `${JSON.stringify(page.slice(0, 1))} [`, "$"],
    ["a missing comma", `[${JSON.stringify(page[0])} ${JSON.stringify(page[1])}]`, "$[1]"],
    ["an empty stream", "", "$"],
  ];
  test.each(cases)("%s", async (_, text, where) => {
    const error = await failure(() =>
      collect(decodeEventStream(chunked(text, 30), { format: "array", onError: "skip" })),
    );
    expect(error.issues.map((i) => i.path)).toEqual([where]);
  });

  test("a line of NDJSON that is cut short is an error at its line", async () => {
    const text = `${JSON.stringify(page[0])}\n${JSON.stringify(page[1]).slice(0, 40)}`;
    const error = await failure(() => collect(decodeEventStream(chunked(text, 16))));
    expect(error.issues.map((i) => i.path)).toEqual(["line 2: $"]);
  });
});

test("a log of CloudEvents, one per line", async () => {
  const dir = path.join(FIXTURES, "cloudevents");
  const envelopes = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Record<string, unknown>)
    .filter((e) => e.specversion !== undefined);
  const log = envelopes.map((e) => JSON.stringify(e)).join("\n");
  const decoded = await collect(decodeCloudEventStream(chunked(log, 100)));
  expect(decoded.map((d) => d.event._typeName)).toEqual(["DrsVmPoweredOnEvent", "UserLogoutSessionEvent", "EventEx"]);
});
