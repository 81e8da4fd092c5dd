/**
 * `npm run bench`: the generated `isT` and `decodeT` against ajv 8 (standalone code from an equivalent JSON
 * Schema), zod 4 and typia 12 on one deterministic data set, in one process. Prints one table: objects per
 * second (median of the rounds), the ratio to ajv measured in the same run, and how many of the invalid set
 * each accepts. `BENCH_SMOKE=1` runs tiny counts, so that CI keeps the harness working.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { median } from "./stats";
import { Bench } from "tinybench";
import {
  DecodeError,
  decodeCloudEvent,
  decodeEvent,
  decodeGovmomi,
  decodeEventArray,
  decodeSessionEvent,
  encodeSoap,
  parseSoapResponse,
  isEvent,
  parseEventArray,
  isSessionEvent,
  safeDecodeEvent,
  safeDecodeSessionEvent,
  stringifyCloudEvent,
  stringifyGovmomi,
  type GovmomiTypeMap,
} from "../catalogue";
import { decoder as runtimeDecoder } from "../../generated/runtime/runtime";
import { decodeAt$Event } from "../catalogue/decoders-dispatch";
import * as bigint from "../golden/bigint";
import type { Model } from "../../src/model/ir";
import { dataSet, type DataSet } from "./dataset";
import { xmlSafe } from "../support/arbitraries";
import { floorOf } from "./floor";
import { editLoopReport } from "./editloop";
import { generationCost } from "./gencost";
import { scaleReport } from "./scale";
import { wholeApiReport } from "./wholeApi";
import { streamReport } from "./stream";
import { clientReport } from "./client";
import { sourceReport } from "./source";
import { jsonSchemaOf, zodSchemaOf, type Zod } from "./peerSchemas";
import { typiaValidators } from "./typiaPeer";
import { assertCorrect, budget, budgetLines, incorrect, LIMITS } from "./budgets";
import { benchModel, buildDir, sessionSchemas, SMOKE } from "./smoke";

const COUNT = SMOKE ? 300 : Number(process.env["BENCH_COUNT"] ?? 100_000);
/** Events of every type are larger (deep data objects): a fifth as many. */
const CATALOGUE_COUNT = SMOKE ? 100 : Math.round(COUNT / 5);
const ROUND_MS = SMOKE ? 20 : 1500;
const BATCH = SMOKE ? 100 : 1000;
const BENCH_DIR = path.resolve(
  __dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, "../../../../test/bench") : __dirname,
);
const REPO = path.resolve(BENCH_DIR, "../..");
const BUILD = buildDir(BENCH_DIR);
const peers = createRequire(path.join(BENCH_DIR, "package.json"));

type Check = (value: unknown) => boolean;

function ajvValidators(schema: object, root: string): { valid: Check; allErrors: Check } {
  const Ajv = (peers("ajv") as { default: new (o: object) => { compile(s: object): Check } }).default;
  const addFormats = (peers("ajv-formats") as { default: (ajv: unknown) => void }).default;
  const standalone = (peers("ajv/dist/standalone") as { default: (ajv: unknown, v: unknown) => string }).default;
  const build = (allErrors: boolean): Check => {
    const ajv = new Ajv({ code: { source: true }, discriminator: true, strict: false, allErrors });
    addFormats(ajv);
    const code = standalone(ajv, ajv.compile(schema));
    const file = path.join(BUILD, `ajv-${root}-${allErrors ? "all-errors" : "first-error"}.js`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, code);
    return peers(file) as Check;
  };
  return { valid: build(false), allErrors: build(true) };
}

/** The data set and ajv's validators of a root, built once per run: the comparison and the guards section share them. */
const shared = new Map<string, { data: DataSet; ajv: { valid: Check; allErrors: Check } }>();
function sharedFor(
  model: Model,
  root: string,
  count: number,
): { data: DataSet; ajv: { valid: Check; allErrors: Check } } {
  const key = `${root} ${count}`;
  let found = shared.get(key);
  if (found === undefined) {
    found = { data: dataSet(model, count, root), ajv: ajvValidators(jsonSchemaOf(model, root), root) };
    shared.set(key, found);
  }
  return found;
}

/** `decodeT` as a yes/no check: false on DecodeError, anything else escapes. */
function decodes(decode: (value: unknown) => unknown): Check {
  return (value) => {
    try {
      decode(value);
      return true;
    } catch (error) {
      if (error instanceof DecodeError) return false;
      throw error;
    }
  };
}

/** Objects per second: the median round of `check` over `data`, in batches. */
async function throughput(
  checks: Record<string, Check>,
  data: readonly unknown[],
  batch = BATCH,
): Promise<Record<string, number>> {
  const bench = new Bench({ time: ROUND_MS, warmupTime: ROUND_MS / 5 });
  let sink = 0;
  for (const [name, check] of Object.entries(checks)) {
    let i = 0;
    bench.add(name, () => {
      for (let k = 0; k < batch; k++) if (check(data[i++ % data.length])) sink++;
    });
  }
  await bench.run();
  if (sink < 0) console.log(sink);
  const result: Record<string, number> = {};
  for (const task of bench.tasks) {
    const samples = [...(task.result?.samples ?? [])].sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)] ?? NaN;
    result[task.name] = batch / (median / 1000);
  }
  return result;
}

/**
 * Checks measured in alternation: each round runs every check over the same objects in turn, and a check's ratio to
 * the first is the median of the rounds' own ratios, so that the host's slow spells (this machine has them) fall on
 * all of them alike rather than on whichever ran during one.
 */
function interleaved(
  checks: Record<string, Check>,
  data: readonly unknown[],
): { rates: Record<string, number>; ratios: Record<string, number> } {
  const names = Object.keys(checks);
  const rounds = SMOKE ? 3 : 15;
  const passes = SMOKE ? 1 : Math.max(1, Math.round(40_000 / data.length));
  const perRound: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const check = checks[name] ?? (() => false);
      const started = process.hrtime.bigint();
      for (let k = 0; k < passes; k++) for (let i = 0; i < data.length; i++) if (check(data[i])) sink++;
      perRound[name]?.push((passes * data.length) / (Number(process.hrtime.bigint() - started) / 1e9));
    }
  }
  if (sink < 0) console.log(sink);
  const first = perRound[names[0] ?? ""] ?? [];
  return {
    rates: Object.fromEntries(names.map((n) => [n, median(perRound[n] ?? [])])),
    ratios: Object.fromEntries(names.map((n) => [n, median((perRound[n] ?? []).map((x, i) => x / (first[i] ?? NaN)))])),
  };
}

const fmt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "n/a");

/** One data set: the generated guard and decoder of `root` beside the peers, valid and invalid objects per second. */
/**
 * decodeEvent as it was before it went guard-free (issue 20: its guard brought every guard into its bundle): the
 * same decoder, trying isEvent first. Beside decodeEvent in one run, it prices the choice.
 */
const decodeEventGuardFirst = runtimeDecoder(
  decodeAt$Event,
  { unknownTypes: "nearest", unknownMembers: "keep", unknownEnumValues: "keep", int64: "number", dateTime: "string" },
  isEvent,
);

async function compare(
  model: Model,
  root: string,
  label: string,
  count: number,
  own: { is: Check; decode: (value: unknown) => unknown; guardFirst?: (value: unknown) => unknown },
): Promise<string[]> {
  const { data, ajv } = sharedFor(model, root, count);
  const guardFirst = own.guardFirst === undefined ? undefined : decodes(own.guardFirst);
  const zod = zodSchemaOf(peers("zod") as Zod, model, root);
  const typia = typiaValidators(BUILD, root);
  const decode = decodes(own.decode);
  // `all`: whether the check collects every issue of an invalid object (its peer on the invalid set is ajv in
  // all-errors mode) or stops at the first (its peer is ajv's first-error validator); `own`: the generated code,
  // whose wrong answers fail the run.
  const ajvAll = "ajv 8 standalone, all errors";
  const validators: Record<string, { check: Check; all: boolean; own: boolean }> = {
    [`vsphere-typegen is${root}`]: { check: own.is, all: false, own: true },
    [`vsphere-typegen decode${root}`]: { check: decode, all: true, own: true },
    ...(guardFirst === undefined
      ? {}
      : { [`vsphere-typegen decode${root}, guard first`]: { check: guardFirst, all: true, own: true } }),
    "ajv 8 standalone": { check: ajv.valid, all: false, own: false },
    [ajvAll]: { check: ajv.allErrors, all: true, own: false },
    "zod 4 safeParse": { check: (v) => zod.safeParse(v).success, all: true, own: false },
    ...(typia === undefined
      ? {}
      : {
          "typia 12 is": { check: typia.is, all: false, own: false },
          "typia 12 validate": { check: typia.validate, all: true, own: false },
        }),
  };
  const rejected = Object.fromEntries(
    Object.entries(validators).map(([name, v]) => [name, data.valid.filter((x) => !v.check(x)).length]),
  );
  const accepted = Object.fromEntries(
    Object.entries(validators).map(([name, v]) => [name, data.invalid.filter((x) => v.check(x)).length]),
  );
  for (const [name, v] of Object.entries(validators)) {
    if (!v.own) continue;
    if ((rejected[name] ?? 0) > 0) incorrect(`${name} rejects ${rejected[name]} of the valid ${label}`);
    if ((accepted[name] ?? 0) > 0) incorrect(`${name} accepts ${accepted[name]} of the invalid ${label}`);
  }
  const wrongOnValid = Object.keys(validators).filter((name) => (rejected[name] ?? 0) > 0);
  const checks = Object.fromEntries(Object.entries(validators).map(([n, v]) => [n, v.check]));
  const validRates = await throughput(checks, data.valid);
  const invalidRates = await throughput(checks, data.invalid);
  const ajvValid = validRates["ajv 8 standalone"] ?? NaN;
  const ajvInvalid = (all: boolean): number => invalidRates[all ? ajvAll : "ajv 8 standalone"] ?? NaN;
  return [
    `${data.valid.length.toLocaleString("en-US")} valid and ${data.invalid.length.toLocaleString("en-US")} invalid ${label} (mean ${data.meanBytes} bytes), ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}; median of rounds of ${ROUND_MS} ms, run one check after another; on the invalid set, a check that collects every issue is compared with ajv in all-errors mode, one that stops at the first (a guard, typia is) with ajv's first-error validator`,
    "",
    "| validator | valid objects/s | vs ajv | invalid objects/s | vs ajv, same mode | invalid accepted |",
    "|---|---:|---:|---:|---:|---:|",
    ...Object.entries(validators).map(([name, v]) => {
      const mode = v.all ? "every issue" : "first issue";
      return `| ${name} | ${fmt(validRates[name] ?? NaN)} | ${((validRates[name] ?? NaN) / ajvValid).toFixed(2)}x | ${fmt(invalidRates[name] ?? NaN)} (${mode}) | ${((invalidRates[name] ?? NaN) / ajvInvalid(v.all)).toFixed(2)}x | ${(accepted[name] ?? 0).toLocaleString("en-US")} |`;
    }),
    "",
    `invalid set by defect: ${Object.entries(data.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
    ...(wrongOnValid.length > 0 ? [`rejected some valid objects: ${wrongOnValid.join(", ")}`] : []),
    ...(typia === undefined ? ["typia: not built (run `npm run bench` once to generate it)"] : []),
    "",
  ];
}

/**
 * Guards beside the floor (a check that reads every member once with `typeof` and nothing else, test/bench/floor.ts)
 * on a cache-resident set (2,000 objects, many passes) and a large one, with typia `is` and ajv, measured in
 * alternation (ratios: medians of the rounds' own): the generated `isT` should be close to the floor on both. Also
 * checks that the guard accepts nothing the decoder rejects.
 */
async function guards(
  model: Model,
  root: string,
  label: string,
  count: number,
  own: { is: Check; decode: (value: unknown) => unknown },
): Promise<string[]> {
  const { data, ajv } = sharedFor(model, root, count);
  const floor = floorOf(model, root);
  const typia = typiaValidators(BUILD, root);
  const decode = decodes(own.decode);
  const laxer = data.invalid.filter((x) => own.is(x) && !decode(x)).length;
  const floorRejects = data.valid.filter((x) => !floor(x)).length;
  if (laxer > 0) incorrect(`is${root} accepts ${laxer} invalid objects that decode${root} rejects`);
  if (floorRejects > 0) incorrect(`the floor of ${root} rejects ${floorRejects} valid objects`);
  const checks: Record<string, Check> = {
    "floor (typeof only)": floor,
    [`vsphere-typegen is${root}`]: own.is,
    ...(typia === undefined ? {} : { "typia 12 is": typia.is }),
    "ajv 8 standalone": ajv.valid,
  };
  const small = Math.min(2000, data.valid.length);
  const sets: [string, readonly unknown[]][] = [
    [`${small.toLocaleString("en-US")} (cache-resident)`, data.valid.slice(0, small)],
    [data.valid.length.toLocaleString("en-US"), data.valid],
  ];
  const rows: string[] = [];
  for (const [setLabel, set] of sets) {
    const { rates, ratios } = interleaved(checks, set);
    const ajvRatio = ratios["ajv 8 standalone"] ?? NaN;
    const typiaRatio = ratios["typia 12 is"] ?? NaN;
    if (root === "Event")
      budget(
        `isEvent vs the floor, ${setLabel} valid events of every type (in alternation)`,
        ratios[`vsphere-typegen is${root}`] ?? NaN,
        LIMITS.guardVsFloor,
        "min",
        "x",
      );
    for (const name of Object.keys(checks)) {
      const ratio = ratios[name] ?? NaN;
      rows.push(
        `| ${setLabel} | ${name} | ${fmt(rates[name] ?? NaN)} | ${ratio.toFixed(2)}x | ${(ratio / typiaRatio).toFixed(2)}x | ${(ratio / ajvRatio).toFixed(2)}x |`,
      );
    }
  }
  return [
    `Guards at the floor, ${label} (valid objects, mean ${data.meanBytes} bytes):`,
    "",
    "| objects | check | objects/s (median round) | vs floor | vs typia is | vs ajv |",
    "|---|---|---:|---:|---:|---:|",
    ...rows,
    "",
    `is${root} accepts ${laxer} of the ${data.invalid.length.toLocaleString("en-US")} invalid objects that decode${root} rejects; the floor rejects ${floorRejects} valid ones.`,
    "",
  ];
}

/**
 * Decoders beside ajv, measured in alternation as the guards are (the sequential rounds of `compare` let this host's
 * slow spells fall on one check): valid objects against ajv's first-error validator, invalid ones (every issue
 * collected with its path) against ajv in all-errors mode, with the guard alongside for the cost of decoding.
 */
async function decoders(
  model: Model,
  root: string,
  label: string,
  count: number,
  own: { is: Check; decode: (value: unknown) => unknown; safeDecode: (value: unknown) => { ok: boolean } },
): Promise<string[]> {
  const { data, ajv } = sharedFor(model, root, count);
  const decode = decodes(own.decode);
  const safe: Check = (value) => own.safeDecode(value).ok;
  const sets: [string, readonly unknown[], Record<string, Check>][] = [
    [
      "valid",
      data.valid,
      { "ajv 8 standalone": ajv.valid, [`decode${root}`]: decode, [`safeDecode${root}`]: safe, [`is${root}`]: own.is },
    ],
    [
      "invalid (every issue)",
      data.invalid,
      { "ajv 8 standalone, all errors": ajv.allErrors, [`decode${root}`]: decode, [`safeDecode${root}`]: safe },
    ],
  ];
  const rows: string[] = [];
  for (const [setLabel, set, checks] of sets) {
    const { rates, ratios } = interleaved(checks, set);
    if (root === "Event" && setLabel === "valid")
      budget(
        "decodeEvent vs ajv 8 standalone, valid events of every type (in alternation)",
        ratios[`decode${root}`] ?? NaN,
        LIMITS.decodeVsAjv,
        "min",
        "x",
      );
    for (const name of Object.keys(checks)) {
      rows.push(`| ${setLabel} | ${name} | ${fmt(rates[name] ?? NaN)} | ${(ratios[name] ?? NaN).toFixed(2)}x |`);
    }
  }
  return [
    `Decoders beside ajv, ${label} (${data.valid.length.toLocaleString("en-US")} objects, mean ${data.meanBytes} bytes, in alternation):`,
    "",
    "| objects | check | objects/s (median round) | vs ajv |",
    "|---|---|---:|---:|",
    ...rows,
    "",
  ];
}

/**
 * The same events on the two wires: VI JSON through `decodeEvent`, govmomi JSON (what the event broker's functions
 * receive) through `decodeGovmomi` with the type name the envelope would give, and whole structured CloudEvents
 * through `decodeCloudEvent`. Every input is a `JSON.parse` result, as a caller has it.
 */
async function dialects(model: Model): Promise<string[]> {
  const { valid } = dataSet(model, CATALOGUE_COUNT, "Event");
  const events = valid.map((wire) => decodeEvent(wire));
  const reparse = (text: string): unknown => JSON.parse(text) as unknown;
  const vi = valid.map((wire) => reparse(JSON.stringify(wire)));
  const govmomi = events.map((e) => reparse(stringifyGovmomi(e)));
  const names = events.map((e) => e._typeName as keyof GovmomiTypeMap);
  const init = { id: "0b9e4f3a", source: "https://vcenter.example/sdk", time: "2026-11-27T10:00:00.123456Z" };
  const envelopes = events.map((e) => reparse(stringifyCloudEvent(e, init)));
  const indices = valid.map((_, i) => i);
  // Three runs, each task's median taken: the tasks of one run follow each other, and this machine is noisy.
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < 3; run++) runs.push(await dialectRates(vi, govmomi, names, envelopes, indices));
  const rates = Object.fromEntries(
    Object.keys(runs[0] ?? {}).map((name) => {
      const sorted = runs.map((r) => r[name] ?? NaN).sort((a, b) => a - b);
      return [name, sorted[1] ?? NaN];
    }),
  );
  // The ratio is the median of each run's own ratio: both sides of it were measured in the same run.
  const ratio = (name: string): number => {
    const sorted = runs.map((r) => (r[name] ?? NaN) / (r["decodeEvent (VI JSON)"] ?? NaN)).sort((a, b) => a - b);
    return sorted[1] ?? NaN;
  };
  const bytes = (values: readonly unknown[]): number =>
    Math.round(values.reduce<number>((sum, v) => sum + JSON.stringify(v).length, 0) / Math.max(1, values.length));
  return [
    `The same ${valid.length.toLocaleString("en-US")} events of every type on both wires (mean ${bytes(vi)} bytes as VI JSON, ${bytes(govmomi)} as govmomi JSON), ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}; median of three runs`,
    "",
    "| decoder | objects/s | vs VI JSON |",
    "|---|---:|---:|",
    ...Object.entries(rates).map(([name, rate]) => `| ${name} | ${fmt(rate)} | ${ratio(name).toFixed(2)}x |`),
    "",
  ];
}

async function dialectRates(
  vi: readonly unknown[],
  govmomi: readonly unknown[],
  names: readonly (keyof GovmomiTypeMap)[],
  envelopes: readonly unknown[],
  indices: readonly number[],
): Promise<Record<string, number>> {
  return throughput(
    {
      "decodeEvent (VI JSON)": decodes((i) => decodeEvent(vi[i as number])),
      "decodeGovmomi (govmomi JSON)": decodes((i) =>
        decodeGovmomi(names[i as number] ?? "Event", govmomi[i as number]),
      ),
      "decodeCloudEvent (structured envelope)": decodes((i) => decodeCloudEvent(envelopes[i as number])),
    },
    indices,
  );
}

/**
 * The lossless reader behind `parseT` against `JSON.parse` then `decodeTArray`, on a realistic `QueryEvents` page:
 * the real page of test/fixtures (8 session events) repeated to 1,000 events with distinct keys, int64 values within
 * 2^53. In both int64 modes (bigint mode: the golden output of the SessionEvent family); and a page with one value
 * beyond 2^53, which only the exact reader can read (in bigint mode).
 */
async function reader(): Promise<string[]> {
  const real = JSON.parse(
    fs.readFileSync(path.join(REPO, "test/fixtures/QueryEvents.returnval.session-events.json"), "utf8"),
  ) as Record<string, unknown>[];
  const events = Array.from({ length: SMOKE ? 16 : 1000 }, (_, i) => ({
    ...real[i % real.length],
    key: i + 1,
    chainId: i + 1,
  }));
  const page = JSON.stringify(events, null, 1);
  // The same page with a callCount (int64, within 2^53) in every logout event, and one beyond 2^53.
  const counted = JSON.stringify(
    events.map((e) =>
      (e as Record<string, unknown>)["_typeName"] === "UserLogoutSessionEvent"
        ? { ...e, callCount: 1000 + Number(e.key) }
        : e,
    ),
    null,
    1,
  );
  const huge = counted.replace(/"callCount": \d+/, '"callCount": 9007199254740993');
  const runs: Record<string, [() => boolean, string]> = {
    "JSON.parse + decodeEventArray": [() => decodeEventArray(JSON.parse(page)).length > 0, page],
    parseEventArray: [() => parseEventArray(page).length > 0, page],
    "bigint: JSON.parse + decodeSessionEventArray": [
      () => bigint.decodeSessionEventArray(JSON.parse(page)).length > 0,
      page,
    ],
    "bigint: parseSessionEventArray": [() => bigint.parseSessionEventArray(page).length > 0, page],
    "bigint, int64 values: JSON.parse + decodeSessionEventArray": [
      () => bigint.decodeSessionEventArray(JSON.parse(counted)).length > 0,
      counted,
    ],
    "bigint, int64 values: parseSessionEventArray": [() => bigint.parseSessionEventArray(counted).length > 0, counted],
    "bigint, one int64 beyond 2^53: parseSessionEventArray": [
      () => bigint.parseSessionEventArray(huge).length > 0,
      huge,
    ],
  };
  // Three runs; each row shows its median MB/s and the median of the runs' own ratios (the machine is noisy).
  const all: Record<string, number>[] = [];
  for (let run = 0; run < 3; run++) {
    all.push(
      await throughput(
        Object.fromEntries(Object.entries(runs).map(([name, [read]]) => [name, () => read()])),
        [page],
        1,
      ),
    );
  }
  const bytes = (name: string): number => runs[name]?.[1].length ?? NaN;
  const mb = (name: string): number => median(all.map((r) => ((r[name] ?? NaN) * bytes(name)) / 1e6));
  const ratio = (name: string, base: string): number =>
    median(all.map((r) => ((r[name] ?? NaN) * bytes(name)) / ((r[base] ?? NaN) * bytes(base))));
  const row = (name: string, base: string): string =>
    `| ${name} | ${mb(name).toFixed(1)} | ${ratio(name, base).toFixed(2)}x |`;
  return [
    `A QueryEvents page of ${events.length.toLocaleString("en-US")} real session events (${(page.length / 1e6).toFixed(2)} MB of JSON text), ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}`,
    "",
    "| reader | MB/s | vs JSON.parse + decode |",
    "|---|---:|---:|",
    row("JSON.parse + decodeEventArray", "JSON.parse + decodeEventArray"),
    row("parseEventArray", "JSON.parse + decodeEventArray"),
    row("bigint: JSON.parse + decodeSessionEventArray", "bigint: JSON.parse + decodeSessionEventArray"),
    row("bigint: parseSessionEventArray", "bigint: JSON.parse + decodeSessionEventArray"),
    row(
      "bigint, int64 values: JSON.parse + decodeSessionEventArray",
      "bigint, int64 values: JSON.parse + decodeSessionEventArray",
    ),
    row("bigint, int64 values: parseSessionEventArray", "bigint, int64 values: JSON.parse + decodeSessionEventArray"),
    row(
      "bigint, one int64 beyond 2^53: parseSessionEventArray",
      "bigint, int64 values: JSON.parse + decodeSessionEventArray",
    ),
    "",
  ];
}

/**
 * The SOAP wire on a QueryEvents page of 1,000 events of every type (the data set's, written by encodeSoap as vcsim
 * writes a response: an xsi:type on each returnval): parseSoapResponse against fast-xml-parser's parse alone (a tree
 * of strings: no types, no checks) on the same text, and against JSON.parse + decodeEventArray on the same events
 * in VI JSON. Events per second, median of three runs; the ratios are the medians of each run's own ratios.
 */
async function soapWire(model: Model): Promise<string[]> {
  const { valid } = dataSet(model, SMOKE ? 20 : 1000, "Event", 20261202);
  const wires = valid.map(xmlSafe);
  const events = wires.map((w) => decodeEvent(w));
  const returnvals = events.map((e) => encodeSoap("Event", e, "returnval"));
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" ' +
    'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><QueryEventsResponse xmlns="urn:vim25">' +
    `${returnvals.join("")}</QueryEventsResponse></soapenv:Body></soapenv:Envelope>`;
  const json = JSON.stringify(wires);
  const { XMLParser } = peers("fast-xml-parser") as {
    XMLParser: new (options: object) => { parse(text: string): unknown };
  };
  // Attributes read (the xsi:type), values left as the strings they are (no number parsing) and no HTML entities
  // (XML's own five only): a tree of strings, the least a reader of this page must do.
  const fxp = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: false,
  });
  const tasks: Record<string, () => boolean> = {
    parseSoapResponse: () => parseSoapResponse("Event", xml).length === events.length,
    "fast-xml-parser (parse only)": () => fxp.parse(xml) !== undefined,
    "JSON.parse + decodeEventArray (VI JSON)": () => decodeEventArray(JSON.parse(json)).length === events.length,
  };
  if (!tasks["parseSoapResponse"]?.()) throw new Error("parseSoapResponse does not read the page back");
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < 3; run++) runs.push(await throughput(tasks, [0], 1));
  const rate = (name: string): number => median(runs.map((r) => (r[name] ?? NaN) * events.length));
  const ratio = (name: string, base: string): number => median(runs.map((r) => (r[name] ?? NaN) / (r[base] ?? NaN)));
  const size = (name: string): number => (name.startsWith("JSON") ? json.length : xml.length);
  budget(
    `parseSoapResponse vs fast-xml-parser (parse only), a page of ${events.length.toLocaleString("en-US")} events`,
    ratio("parseSoapResponse", "fast-xml-parser (parse only)"),
    LIMITS.soapVsParser,
    "min",
    "x",
  );
  const row = (name: string): string =>
    `| ${name} | ${fmt(rate(name))} | ${(((rate(name) / events.length) * size(name)) / 1e6).toFixed(1)} | ` +
    `${ratio(name, "fast-xml-parser (parse only)").toFixed(2)}x | ${ratio(name, "JSON.parse + decodeEventArray (VI JSON)").toFixed(2)}x |`;
  return [
    `A QueryEvents page of ${events.length.toLocaleString("en-US")} events of every type: ${(xml.length / 1e6).toFixed(2)} MB of SOAP XML, ${(json.length / 1e6).toFixed(2)} MB as VI JSON, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}; median of three runs`,
    "",
    "| reader | events/s | MB/s | vs fast-xml-parser | vs VI JSON |",
    "|---|---:|---:|---:|---:|",
    ...Object.keys(tasks).map(row),
    "",
  ];
}

/**
 * The generated code is measured as the package ships it (test/bench/transpile.js): an export read through a getter,
 * as esbuild's CommonJS writes them, slowed every call from one generated module into another (decodeEvent 2.4 times).
 */
function checkBuiltAsShipped(): void {
  const load = createRequire(__filename);
  const exports: [string, string][] = [
    ["../catalogue/decoders-fields", "decodeFields$Event"],
    ["../../generated/runtime/checks", "isInt32"],
  ];
  for (const [module, name] of exports) {
    const found = Object.getOwnPropertyDescriptor(load(module), name);
    if (found === undefined || !("value" in found))
      incorrect(
        `${module} exports ${name} ${found === undefined ? "not at all" : "as a getter"}: not as the package builds it`,
      );
  }
}

async function main(): Promise<void> {
  checkBuiltAsShipped();
  // The catalogue's model; a smoke run's data sets and peers come from the session family's (smoke.ts).
  const model = benchModel(REPO);
  const only = process.env["BENCH_ONLY"];
  const lines: string[] = SMOKE
    ? [
        "A smoke run (BENCH_SMOKE=1): tiny counts, and the session family's schema model (test/schemas/vim25/) in place of the catalogue's, so that the sets of events of every type below are of the session family's types; it proves the harness, not the speed.",
        "",
      ]
    : [];
  if (only === undefined || only === "session") {
    lines.push(
      ...(await compare(model, "SessionEvent", "SessionEvent-family events", COUNT, {
        is: isSessionEvent,
        decode: decodeSessionEvent,
      })),
    );
  }
  if (only === undefined || only === "catalogue") {
    // Spread over all 443 event types: the dispatch over 443 names must not cost more per object.
    lines.push(
      ...(await compare(model, "Event", "events of every type", CATALOGUE_COUNT, {
        is: isEvent,
        decode: decodeEvent,
        guardFirst: decodeEventGuardFirst,
      })),
    );
  }
  if (only === undefined || only === "guards") {
    lines.push(
      ...(await guards(model, "SessionEvent", "SessionEvent family", COUNT, {
        is: isSessionEvent,
        decode: decodeSessionEvent,
      })),
      ...(await guards(model, "Event", "events of every type", CATALOGUE_COUNT, { is: isEvent, decode: decodeEvent })),
    );
  }
  if (only === undefined || only === "decoders") {
    lines.push(
      ...(await decoders(model, "SessionEvent", "SessionEvent family", COUNT, {
        is: isSessionEvent,
        decode: decodeSessionEvent,
        safeDecode: safeDecodeSessionEvent,
      })),
      ...(await decoders(model, "Event", "events of every type", CATALOGUE_COUNT, {
        is: isEvent,
        decode: decodeEvent,
        safeDecode: safeDecodeEvent,
      })),
    );
  }
  if (only === undefined || only === "govmomi") lines.push(...(await dialects(model)));
  if (only === undefined || only === "reader") lines.push(...(await reader()));
  if (only === undefined || only === "soap") lines.push(...(await soapWire(model)));
  // The sections against vcsim are reported here but run last: npm test builds vcsim beside this smoke run, and a
  // build not finished yet is waited for (test/vcsim/vcsim.js); the sections between need no simulator.
  const simulatorAt = lines.length;
  if (only === undefined || only === "stream")
    lines.push(
      ...(await streamReport(REPO, SMOKE ? 2 : Number(process.env["BENCH_STREAM_MB"] ?? 1000), SMOKE ? 2000 : 20_000)),
    );
  if (only === undefined || only === "scale")
    // The catalogue's output (test/catalogue/), the peer of the whole API's section below (generated/ is the whole API).
    lines.push(
      "Catalogue scale:",
      "",
      ...scaleReport(REPO, BENCH_DIR, SMOKE, path.join(REPO, "test", "catalogue")),
      "",
    );
  if (process.env["BENCH_SKIP_GENERATION"] !== "1" && (only === undefined || only === "editloop"))
    // A smoke run proves the report on the session family; the catalogue's numbers come from a whole run.
    lines.push(
      ...(SMOKE
        ? await editLoopReport(REPO, BENCH_DIR, sessionSchemas(REPO), model, true)
        : await editLoopReport(REPO, BENCH_DIR, path.join(REPO, "schemas", "vim25"), model, false)),
    );
  if (process.env["BENCH_SKIP_GENERATION"] !== "1" && (only === undefined || only === "whole"))
    lines.push(...(await wholeApiReport(REPO, BENCH_DIR, SMOKE)));
  if (process.env["BENCH_SKIP_GENERATION"] !== "1" && (only === undefined || only === "generation")) {
    const sizes = SMOKE ? [10] : [10, 100, 1000];
    lines.push(
      "Generation cost (whole-process wall time, one run each):",
      "",
      ...generationCost(REPO, BENCH_DIR, sizes, model, SMOKE),
    );
  }
  const simulator: string[] = [];
  if (only === undefined || only === "client")
    simulator.push(...(await clientReport(REPO, SMOKE, path.join(__dirname, "follower.js"))));
  if (only === undefined || only === "source") simulator.push(...(await sourceReport(REPO, SMOKE)));
  lines.splice(simulatorAt, 0, ...simulator);
  lines.push(...budgetLines(SMOKE));
  console.log(lines.join("\n"));
  // A generated guard or decoder that answers wrongly (or a floor that rejects a valid object) fails the run, and a
  // whole run then writes nothing into the page.
  assertCorrect();
  // A whole run's tables replace the last run's in docs/performance.md; a smoke or partial run writes nothing.
  if (!SMOKE && only === undefined && process.env["BENCH_SKIP_GENERATION"] !== "1") writeResults(lines);
}

const RESULTS_BEGIN = "<!-- bench:begin (written by npm run bench; edit the text around it, not inside) -->";
const RESULTS_END = "<!-- bench:end -->";

/** Puts the run's tables between the markers of docs/performance.md. */
function writeResults(lines: readonly string[]): void {
  const file = path.join(REPO, "docs", "performance.md");
  const text = fs.readFileSync(file, "utf8");
  const begin = text.indexOf(RESULTS_BEGIN);
  const end = text.indexOf(RESULTS_END);
  if (begin < 0 || end < begin) throw new Error(`${file} lacks the bench markers`);
  const machine = `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const body = [`Machine: ${machine}.`, "", ...lines]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  fs.writeFileSync(file, `${text.slice(0, begin + RESULTS_BEGIN.length)}\n\n${body}\n\n${text.slice(end)}`);
  console.log(`Tables written to ${path.relative(REPO, file)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
