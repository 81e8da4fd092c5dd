/**
 * Streams: NDJSON and one big JSON array, from async iterables of text or bytes and from a Node Readable, chunk
 * boundaries anywhere (inside strings, numbers, escapes and multi-byte characters), exact int64s, bad values under
 * each policy with their place in the paths, and truncated or malformed streams.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Readable } from "node:stream";
import {
  DecodeError,
  decodeCloudEventStream,
  decodeEvent,
  decodeEventStream,
  decodeStream,
  parseEvent,
  type StreamPosition,
} from "../catalogue";
import * as bigint from "../golden/bigint";
import { FIXTURES } from "../support/helpers";

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
    ["a trailing comma", `[${JSON.stringify(page[0])},]`, "$[1]"],
    ["a trailing comma after many elements", arrayText.replace(/\n]$/, ",\n]"), `$[${page.length}]`],
  ];
  test.each(cases)("%s", async (_, text, where) => {
    const error = await failure(() =>
      collect(decodeEventStream(chunked(text, 30), { format: "array", onError: "skip" })),
    );
    expect(error.issues.map((i) => i.path)).toEqual([where]);
  });

  test("a trailing comma ([1,]) is an error at the element it promises, in one chunk or one character at a time", async () => {
    const parse = (t: string): unknown => JSON.parse(t) as unknown;
    const bulk = { decode: (v: unknown): unknown => v, int64: "number" as const };
    for (const text of ["[1,]", "[1 , ]", "[[1],[2],]", "[1,\n]"])
      for (const size of [text.length, 1]) {
        const error = await failure(() => collect(decodeStream(chunked(text, size), parse, {}, bulk)));
        expect([text, error.issues.map((i) => i.path)]).toEqual([text, [text.startsWith("[[") ? "$[2]" : "$[1]"]]);
      }
    expect(await collect(decodeStream(chunked("[1, 2]", 1), parse, {}, bulk))).toEqual([1, 2]);
    expect(await collect(decodeStream(chunked("[ ]", 1), parse, {}, bulk))).toEqual([]);
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
    .filter((e) => e["specversion"] !== undefined);
  const log = envelopes.map((e) => JSON.stringify(e)).join("\n");
  const decoded = await collect(decodeCloudEventStream(chunked(log, 100)));
  expect(decoded.map((d) => d.event._typeName)).toEqual(["DrsVmPoweredOnEvent", "UserLogoutSessionEvent", "EventEx"]);
});

describe("many values per JSON.parse (the array reader's fast path) give what one parse per value gives", () => {
  const eventEx = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, "EventEx.any-arguments.json"), "utf8").replace("9007199254740993", "42"),
  ) as Record<string, unknown>;
  // Text that looks like a boundary between elements inside strings, and nested arrays of objects (`},{` that are
  // not between elements): the reader must never cut there.
  const tricky = [
    ...page,
    { ...page[0], fullFormattedMessage: 'a},{"key":1},\n{ ], [' },
    eventEx,
    { ...page[1], userName: "},{" },
    eventEx,
  ].map((e, i) => ({ ...e, key: i + 1 }));
  const want = tricky.map((e) => decodeEvent(e));

  test.each([
    ["compact, one chunk", JSON.stringify(tricky), 1 << 20],
    ["compact, 700-character chunks", JSON.stringify(tricky), 700],
    ["pretty, 997-character chunks", JSON.stringify(tricky, null, 2), 997],
    ["pretty, 64-character chunks", JSON.stringify(tricky, null, 2), 64],
  ])("%s", async (_, text, size) => {
    expect(await collect(decodeEventStream(chunked(text, size)))).toEqual(want);
    for (let cut = 0; cut < text.length; cut += 97) {
      const two = (async function* () {
        yield text.slice(0, cut);
        yield text.slice(cut);
      })();
      expect(await collect(decodeEventStream(two))).toEqual(want);
    }
  });

  test("the fast path is taken: most values come from one JSON.parse per chunk, decoded as values", async () => {
    // Events without nested arrays of objects: every chunk's last `},{` is between elements. (A chunk that ends
    // inside a nested array, such as an EventEx's arguments, is read one value at a time: the tests above.)
    const many = Array.from({ length: 400 }, (_, i) => ({ ...page[i % page.length], key: i }));
    const text = JSON.stringify(many);
    let parsed = 0;
    let decoded = 0;
    const events = await collect(
      decodeStream(
        chunked(text, 20_000),
        (t, o) => (parsed++, parseEvent(t, o)),
        {},
        { decode: (v, o) => (decoded++, decodeEvent(v, o)), int64: "number" },
      ),
    );
    expect(events).toEqual(many.map((e) => decodeEvent(e)));
    expect(parsed + decoded).toBe(many.length);
    expect(decoded).toBeGreaterThan(many.length * 0.9);
  });

  test("a chunk far longer than one parse's segment (64 KB) is read in segments, every value once, in order", async () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({
      ...(i % 5 === 2 ? eventEx : page[i % page.length]),
      key: i,
    }));
    const text = JSON.stringify(many);
    expect(text.length).toBeGreaterThan(4 * 128 * 1024);
    const events = await collect(decodeEventStream(chunked(text, text.length)));
    expect(events.map((e) => e.key)).toEqual(many.map((e) => e.key));
    expect(events).toEqual(many.map((e) => decodeEvent(e)));
  });

  test("a bad value among many: the same error, place and skip report as one at a time", async () => {
    const broken = tricky.map((e, i) => (i === 2 ? { ...e, key: "two" } : i === 9 ? { ...e, chainId: 1.5 } : e));
    const text = JSON.stringify(broken);
    for (const size of [text.length, 1500, 333]) {
      const thrown = await failure(() => collect(decodeEventStream(chunked(text, size))));
      expect(thrown.issues).toEqual([{ path: "$[2].key", message: expect.stringContaining("int32") as unknown }]);
      const skipped: [string[], StreamPosition][] = [];
      const events = await collect(
        decodeEventStream(chunked(text, size), {
          onError: "skip",
          onSkip: (error, at) => skipped.push([(error.issues ?? []).map((i) => i.path), at]),
        }),
      );
      expect(events).toEqual(want.filter((_, i) => i !== 2 && i !== 9));
      expect(skipped).toEqual([
        [["$[2].key"], { index: 2, line: undefined }],
        [["$[9].chainId"], { index: 9, line: undefined }],
      ]);
    }
  });

  test("a syntax error among many is found where one parse per value finds it", async () => {
    const text = JSON.stringify(tricky).replace('"userName":"},{"', '"userName":"},{" x');
    const error = await failure(() => collect(decodeEventStream(chunked(text, 4096))));
    expect(error.issues.map((i) => i.path)).toEqual(["$[10]"]);
  });

  test("an int64 beyond 2^53 among many keeps every digit (bigint mode: the exact reader is taken)", async () => {
    const logout = { ...page[page.length - 1], callCount: 1 };
    const many = Array.from({ length: 50 }, (_, i) => ({ ...logout, key: i }));
    const text = JSON.stringify(many).replace(
      '"key":17,"chainId":',
      '"key":17,"callCount":9007199254740993,"chainId":',
    );
    const events = (await collect(bigint.decodeStream(chunked(text, 5000), bigint.parseSessionEvent))) as {
      callCount?: bigint;
    }[];
    expect(events.map((e) => e.callCount)).toEqual(many.map((_, i) => (i === 17 ? 9007199254740993n : 1n)));
  });

  test("a value larger than many chunks", async () => {
    const huge = { ...page[0], fullFormattedMessage: "x},{".repeat(50_000) };
    const text = JSON.stringify([page[1], huge, page[2]]);
    const events = await collect(decodeEventStream(chunked(text, 1000)));
    expect(events).toEqual([page[1], huge, page[2]].map((e) => decodeEvent(e)));
  });
});

describe("bytes to text", () => {
  const event = { ...page[0], userName: "\uFEFFé日\u{1F600}" };
  const bytes = Buffer.from(JSON.stringify([event]));

  test("a character cut over three chunks, and one byte at a time", async () => {
    const at = bytes.indexOf(Buffer.from("\u{1F600}"));
    const source = Readable.from([bytes.subarray(0, at + 1), bytes.subarray(at + 1, at + 3), bytes.subarray(at + 3)]);
    expect(await collect(decodeEventStream(source))).toEqual([decodeEvent(event)]);
    const single = Readable.from(Array.from(bytes, (b) => Buffer.from([b])));
    expect(await collect(decodeEventStream(single))).toEqual([decodeEvent(event)]);
  });

  test("a byte order mark is dropped at the start of the stream only, even when a chunk starts with U+FEFF", async () => {
    const at = bytes.indexOf(Buffer.from("\uFEFF"));
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    const source = Readable.from([withMark.subarray(0, 2), withMark.subarray(2, at + 3), withMark.subarray(at + 3)]);
    const [decoded] = await collect(decodeEventStream(source));
    expect(decoded?.userName).toBe("\uFEFFé日\u{1F600}");
  });

  test("a byte order mark at the start of a stream of text chunks is dropped too, for an array and for NDJSON", async () => {
    const text = JSON.stringify([event]);
    for (const size of [text.length + 1, 1]) {
      expect(await collect(decodeEventStream(chunked(`\uFEFF${text}`, size)))).toEqual([decodeEvent(event)]);
      const lines = `\uFEFF${JSON.stringify(event)}\n${JSON.stringify(page[1])}\n`;
      expect(await collect(decodeEventStream(chunked(lines, size)))).toEqual([
        decodeEvent(event),
        decodeEvent(page[1]),
      ]);
    }
  });

  test("invalid UTF-8 becomes U+FFFD as a streaming decoder makes it, at a chunk's end and the stream's", async () => {
    const text = JSON.stringify([{ ...page[0], userName: "<mark>" }]);
    const [before, after] = text.split("<mark>") as [string, string];
    const bad = Buffer.concat([Buffer.from(before), Buffer.from([0xe6, 0x97]), Buffer.from(after)]);
    const cut = Buffer.from(before).length + 1;
    const [decoded] = await collect(decodeEventStream(Readable.from([bad.subarray(0, cut), bad.subarray(cut)])));
    expect(decoded?.userName).toBe(new TextDecoder().decode(Buffer.from([0xe6, 0x97])));
    const truncated = Buffer.concat([Buffer.from(`${JSON.stringify(page[0])}\n"`), Buffer.from([0xf0, 0x9f])]);
    const error = await failure(() => collect(decodeEventStream(Readable.from([truncated]))));
    expect(error.issues[0]?.path).toBe("line 2: $");
  });
});
