/**
 * `npm run build` (scripts/build.js) is incremental and still writes what a full build writes: over a small project of
 * its own, a build with nothing changed writes nothing, an edited source is written again, a deleted output is put
 * back, and the outputs of a deleted source are removed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO, run, tempDir } from "../support/helpers";

const BUILD = path.join(REPO, "scripts", "build.js");

/** A project of two sources in src/ and one in scripts/, with the build's tsconfig. */
function project(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "src", "deep"), { recursive: true });
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.writeFileSync(path.join(dir, "src", "a.ts"), "export const a: number = 1;\n");
  fs.writeFileSync(path.join(dir, "src", "deep", "b.ts"), 'import { a } from "../a";\nexport const b = a + 1;\n');
  fs.writeFileSync(
    path.join(dir, "scripts", "c.ts"),
    'import { b } from "../src/deep/b";\ndeclare const console: { log(value: unknown): void };\nconsole.log(b);\n',
  );
  fs.writeFileSync(
    path.join(dir, "tsconfig.build.json"),
    JSON.stringify({
      compilerOptions: {
        outDir: "dist",
        rootDir: ".",
        module: "commonjs",
        target: "es2022",
        declaration: true,
        strict: true,
        // The library's declarations read, not checked, and without the DOM's (tsc's default for a target): a build
        // of these three files took 3 s of CPU with them, 0.8 s without; the build script's behaviour is the same.
        lib: ["es2022"],
        skipLibCheck: true,
        types: [],
      },
      include: ["src", "scripts"],
    }),
  );
  return dir;
}

function build(dir: string): void {
  const result = run(process.execPath, [BUILD, dir], dir);
  expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
    status: 0,
    stdout: "",
    stderr: "",
  });
}

/** The outputs below dist/ (the build info aside), each with its modification time. */
function outputs(dir: string): Record<string, number> {
  const dist = path.join(dir, "dist");
  return Object.fromEntries(
    fs
      .readdirSync(dist, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(js|d\.ts)$/.test(f))
      .sort()
      .map((f) => [f, fs.statSync(path.join(dist, f)).mtimeMs]),
  );
}

test("a first build writes every output, and a second with nothing changed writes none", () => {
  const dir = project();
  build(dir);
  const first = outputs(dir);
  expect(Object.keys(first)).toEqual([
    "scripts/c.d.ts",
    "scripts/c.js",
    "src/a.d.ts",
    "src/a.js",
    "src/deep/b.d.ts",
    "src/deep/b.js",
  ]);
  build(dir);
  expect(outputs(dir)).toEqual(first);
  const ran = run(process.execPath, [path.join(dir, "dist", "scripts", "c.js")], dir);
  expect(ran.stdout).toBe("2\n");
});

/** Every output's text below dist/, the build info aside. */
function texts(dir: string): Record<string, string> {
  const dist = path.join(dir, "dist");
  return Object.fromEntries(Object.keys(outputs(dir)).map((f) => [f, fs.readFileSync(path.join(dist, f), "utf8")]));
}

/** What a full build of `dir`'s sources writes: built in a copy without dist/. */
function fullBuild(dir: string): Record<string, string> {
  const copy = tempDir();
  fs.cpSync(dir, copy, { recursive: true, filter: (f) => !f.startsWith(path.join(dir, "dist")) });
  build(copy);
  return texts(copy);
}

test("an edited source is written again, a deleted output is put back, a deleted source's outputs are removed", () => {
  const dir = project();
  build(dir);
  fs.writeFileSync(path.join(dir, "src", "a.ts"), "export const a: number = 41;\n");
  fs.rmSync(path.join(dir, "dist", "src", "deep", "b.js"));
  build(dir);
  expect(run(process.execPath, [path.join(dir, "dist", "scripts", "c.js")], dir).stdout).toBe("42\n");
  // A declaration alone missing, nothing else changed.
  fs.rmSync(path.join(dir, "dist", "src", "a.d.ts"));
  build(dir);
  expect(texts(dir)).toEqual(fullBuild(dir));
  fs.rmSync(path.join(dir, "scripts", "c.ts"));
  build(dir);
  expect(Object.keys(outputs(dir))).toEqual(["src/a.d.ts", "src/a.js", "src/deep/b.d.ts", "src/deep/b.js"]);
});

test("an output another tsc run wrote after the build's (another commit's build, npm run runtime) is written again", () => {
  const dir = project();
  build(dir);
  // Another build writes a.js as of another a.ts, newer than the build info; a.ts itself is as the build info has it.
  const stamp = new Date(Date.now() + 5_000);
  fs.writeFileSync(path.join(dir, "dist", "src", "a.js"), '"use strict";\nexports.a = 7;\n');
  fs.utimesSync(path.join(dir, "dist", "src", "a.js"), stamp, stamp);
  build(dir);
  expect(texts(dir)).toEqual(fullBuild(dir));
});

test("a type error fails the build with tsc's message", () => {
  const dir = project();
  fs.writeFileSync(path.join(dir, "src", "a.ts"), 'export const a: number = "one";\n');
  const result = run(process.execPath, [BUILD, dir], dir);
  expect(result.status).not.toBe(0);
  expect(result.stdout).toContain("error TS2322");
  expect(result.stderr).toBe("");
});
