/**
 * The write stage writes only what changed: the unchanged generated files and the user's own files in the output
 * folder are the same files after a run (inode, mtime, a relative link's target as written), and an output folder
 * reached through a symbolic link stays a link to the folder that holds the new output.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { writeFiles } from "../../src/write/writeFiles";
import { GENERATED_MARKER } from "../../src/emit/header";
import { tempDir } from "../support/helpers";

const generated = (body: string): string => `${GENERATED_MARKER}\n${body}\n`;

function identity(file: string): { ino: number; mtimeMs: number } {
  const stat = fs.lstatSync(file);
  return { ino: stat.ino, mtimeMs: stat.mtimeMs };
}

test("a run writes the changed file only: the unchanged one, the user's file and a relative link are the same files", () => {
  const out = path.join(tempDir(), "out");
  writeFiles(out, [
    { path: "a.ts", text: generated("export const a = 1;") },
    { path: "sub/b.ts", text: generated("export const b = 1;") },
  ]);
  fs.writeFileSync(path.join(out, "mine.txt"), "my notes\n");
  fs.symlinkSync("sub", path.join(out, "link"));
  const before = {
    a: identity(path.join(out, "a.ts")),
    mine: identity(path.join(out, "mine.txt")),
  };
  const summary = writeFiles(out, [
    { path: "a.ts", text: generated("export const a = 1;") },
    { path: "sub/b.ts", text: generated("export const b = 2;") },
  ]);
  expect(summary).toEqual({ written: ["sub/b.ts"], unchanged: ["a.ts"], removed: [] });
  expect(identity(path.join(out, "a.ts"))).toEqual(before.a);
  expect(identity(path.join(out, "mine.txt"))).toEqual(before.mine);
  expect(fs.readlinkSync(path.join(out, "link"))).toBe("sub");
  expect(fs.readFileSync(path.join(out, "sub", "b.ts"), "utf8")).toBe(generated("export const b = 2;"));
  expect(fs.readFileSync(path.join(out, "mine.txt"), "utf8")).toBe("my notes\n");
});

test("an output folder reached through a symbolic link: the link stays, and the folder it names holds the new output", () => {
  const dir = tempDir();
  const real = path.join(dir, "real-out");
  const link = path.join(dir, "out-link");
  writeFiles(real, [{ path: "a.ts", text: generated("export const a = 1;") }]);
  fs.symlinkSync("real-out", link);
  writeFiles(link, [{ path: "a.ts", text: generated("export const a = 2;") }]);
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  expect(fs.readlinkSync(link)).toBe("real-out");
  expect(fs.readFileSync(path.join(real, "a.ts"), "utf8")).toBe(generated("export const a = 2;"));
  expect(fs.readdirSync(dir).sort()).toEqual(["out-link", "real-out"]);
});

test("a file of the user's at a path the output now generates is replaced by a new file, not written through", () => {
  const dir = tempDir();
  const out = path.join(dir, "out");
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, "index.ts"), "// my own index\n");
  // The same file under another name: a write through the new folder's link would change it too.
  fs.linkSync(path.join(out, "index.ts"), path.join(dir, "backup-index.ts"));
  writeFiles(out, [{ path: "index.ts", text: generated("export {};") }]);
  expect(fs.readFileSync(path.join(out, "index.ts"), "utf8")).toBe(generated("export {};"));
  expect(fs.readFileSync(path.join(dir, "backup-index.ts"), "utf8")).toBe("// my own index\n");
});

test("a lock a run left without its name (killed between making it and naming itself) is taken over once it is old", () => {
  const out = path.join(tempDir(), "out");
  writeFiles(out, [{ path: "a.ts", text: generated("export const a = 1;") }]);
  const lockDir = `${out}.vsphere-typegen-lock`;
  for (const pid of [undefined, ""]) {
    fs.mkdirSync(lockDir);
    if (pid !== undefined) fs.writeFileSync(path.join(lockDir, "holder"), pid);
    // Older than a run takes between the two steps: no run is alive to give it back.
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockDir, old, old);
    const summary = writeFiles(out, [
      { path: "a.ts", text: generated(`export const a = ${pid === undefined ? 2 : 3};`) },
    ]);
    expect(summary.written).toEqual(["a.ts"]);
    expect(fs.existsSync(lockDir)).toBe(false);
  }
  expect(fs.readFileSync(path.join(out, "a.ts"), "utf8")).toBe(generated("export const a = 3;"));
});
