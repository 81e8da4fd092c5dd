/**
 * The edit loop as a user meets it, on a copy of the shipped catalogue: a cold `generate` (new output folder, no
 * format cache), `generate` again with nothing changed, `generate` after one description changed, and `--watch`'s
 * latency from a save to the new output written, beside openapi-typescript on the equivalent OpenAPI document in the
 * same run. Whole-process wall times and peak RSS; medians where a row says so. Part of `npm run bench`.
 */
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Model } from "../../src/model/ir";
import { openApiOfModel } from "./gencost";
import { median } from "./stats";
import { budget, LIMITS } from "./budgets";

const seconds = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/**
 * Runs `node args` in `cwd` to its end: wall time in milliseconds and peak RSS in MB (10^6 bytes; benchDir/maxrss.js
 * reports it in KiB).
 */
function timed(args: string[], cwd: string, benchDir: string): { ms: number; rssMb: number } {
  const rssFile = path.join(cwd, `.maxrss-${process.pid}`);
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, ["--require", path.join(benchDir, "maxrss.js"), ...args], {
    cwd,
    stdio: "ignore",
    env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssMb = (Number(fs.readFileSync(rssFile, "utf8")) * 1024) / 1e6;
  fs.rmSync(rssFile);
  return { ms, rssMb };
}

/** One description edited, as a user saves it: a new word each time, so that every save is a change. */
function edit(file: string, n: number): string {
  const marker = `Edited ${n}.`;
  const text = fs.readFileSync(file, "utf8").replace(/description: (Edited \d+\. )?/, `description: ${marker} `);
  fs.writeFileSync(file, text);
  return marker;
}

/** Whether the output's interfaces (`types.ts`, or its family parts in `types/` when split) hold `text`. */
function interfacesHold(out: string, text: string): boolean {
  const parts = fs.existsSync(path.join(out, "types")) ? fs.readdirSync(path.join(out, "types")) : [];
  return ["types.ts", ...parts.map((p) => path.join("types", p))].some((f) =>
    fs.readFileSync(path.join(out, f), "utf8").includes(text),
  );
}

/** `generate --watch` started once; each save timed from the write of the schema to the run's line (after its write). */
async function watchLatencies(
  cli: string,
  args: string[],
  cwd: string,
  file: string,
  saves: number,
): Promise<number[]> {
  const child = spawn(process.execPath, [cli, "generate", ...args, "--watch"], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let buffered = "";
  let waiting: ((line: string) => void) | undefined;
  const lines: string[] = [];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      if (!/^\[\d\d:\d\d:\d\d\] /.test(line)) continue;
      if (waiting !== undefined) {
        const w = waiting;
        waiting = undefined;
        w(line);
      } else lines.push(line);
    }
  });
  const nextRun = (): Promise<string> =>
    lines.length > 0
      ? Promise.resolve(lines.shift() ?? "")
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("generate --watch wrote nothing within 120 s")), 120_000);
          waiting = (line) => {
            clearTimeout(timer);
            resolve(line);
          };
        });
  try {
    await nextRun(); // the first run, which the watcher makes on start
    const out: number[] = [];
    for (let n = 1; n <= saves; n++) {
      // A quiet spell between saves, as between a user's edits.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      const marker = edit(file, 100 + n);
      const line = await nextRun();
      out.push(performance.now() - started);
      if (!interfacesHold(path.join(cwd, "out"), marker))
        throw new Error(`generate --watch did not write the edit (${line})`);
    }
    return out;
  } finally {
    child.kill("SIGTERM");
  }
}

/**
 * The report, on a copy of the schema folder `schemaDir` (its `UserLogoutSessionEvent.yaml` is the file edited),
 * which `model` is the model of.
 */
export async function editLoopReport(
  repo: string,
  benchDir: string,
  schemaDir: string,
  model: Model,
  smoke: boolean,
  label = smoke ? "the session family" : "the shipped catalogue",
): Promise<string[]> {
  const cli = path.join(repo, "bin", "vsphere-typegen.js");
  const openapiTs = path.join(benchDir, "node_modules", "openapi-typescript", "bin", "cli.js");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-editloop-"));
  try {
    fs.cpSync(schemaDir, path.join(dir, "schemas"), { recursive: true });
    // The format cache goes to the nearest node_modules, as in a user's project.
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.writeFileSync(path.join(dir, "openapi.json"), JSON.stringify(openApiOfModel(model)));
    const args = ["--no-bundled", "--schemas", "schemas", "--out", "out"];
    const edited = path.join(dir, "schemas", "UserLogoutSessionEvent.yaml");
    const rounds = smoke ? 1 : 3;
    const cold: { ms: number; rssMb: number }[] = [];
    const openapi: number[] = [];
    const unchanged: number[] = [];
    const oneFile: number[] = [];
    for (let round = 0; round < rounds; round++) {
      fs.rmSync(path.join(dir, "out"), { recursive: true, force: true });
      fs.rmSync(path.join(dir, "node_modules", ".cache"), { recursive: true, force: true });
      openapi.push(timed([openapiTs, "openapi.json", "-o", "openapi-types.ts"], dir, benchDir).ms);
      cold.push(timed([cli, "generate", ...args], dir, benchDir));
      unchanged.push(timed([cli, "generate", ...args], dir, benchDir).ms);
      // A smoke run leaves this one out: the watch below makes the same edit and times the same kind of run.
      if (smoke) continue;
      edit(edited, round + 1);
      oneFile.push(timed([cli, "generate", ...args], dir, benchDir).ms);
    }
    const watch = await watchLatencies(cli, args, dir, edited, smoke ? 1 : 7);
    const coldMs = median(cold.map((c) => c.ms));
    const openapiMs = median(openapi);
    // A budget on the peak is judged on the highest of the runs' peaks.
    const rssMb = Math.max(...cold.map((c) => c.rssMb));
    budget(
      `cold \`generate\` / openapi-typescript, ${label}`,
      coldMs / openapiMs,
      LIMITS.generateVsOpenapi,
      "max",
      "x",
    );
    budget(`peak RSS of a cold \`generate\`, ${label}`, rssMb, LIMITS.coldRssMb, "max", "MB");
    budget(`\`generate\` with nothing changed, ${label}`, median(unchanged), LIMITS.unchangedMs, "max", "ms");
    budget(
      `\`generate --watch\`, one description saved, ${label} (median)`,
      median(watch),
      LIMITS.watchMs,
      "max",
      "ms",
    );
    return [
      `The edit loop on a copy of ${label} (${model.types.length} types, ${model.files.length} schema files), ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}; whole-process wall time, median of ${rounds} ${rounds === 1 ? "run" : "runs"} (watch: of ${watch.length} saves)`,
      "",
      "| measure | value |",
      "|---|---:|",
      `| cold \`generate\` (new output folder, no format cache) | ${seconds(coldMs)} |`,
      `| peak RSS of the cold run | ${Math.round(rssMb)} MB |`,
      `| openapi-typescript, the equivalent OpenAPI document (types, docs, methods, properties) | ${seconds(openapiMs)} |`,
      `| cold \`generate\` / openapi-typescript | ${(coldMs / openapiMs).toFixed(2)}x |`,
      `| \`generate\`, nothing changed | ${seconds(median(unchanged))} |`,
      `| \`generate\` after one description changed | ${smoke ? "not measured in a smoke run" : seconds(median(oneFile))} |`,
      `| \`generate --watch\`, save to output written, one description | ${seconds(median(watch))} (max ${seconds(Math.max(...watch))}) |`,
      "",
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
