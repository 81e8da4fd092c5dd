// Jest's transform for every TypeScript file (src/, test/, templates/, and the generated output: generated/,
// test/catalogue/, test/golden/): esbuild strips the types and writes CommonJS. Every TypeScript file here is held to
// erasableSyntaxOnly (tsconfig.json; the generated code by test/packages/generated-compile.test.ts), so type stripping
// is all it needs, and the typecheck gate checks the types. ts-jest took about 38 s of CPU for generated/'s 33 MB on a
// cold cache (once per worker that reached it first), esbuild about 6 s; for the hand-written 2 MB, TypeScript's
// transpileModule took 4.4 s and esbuild 0.7 s.
const crypto = require("node:crypto");
const fs = require("node:fs");
const esbuild = require("esbuild");

/** This file and esbuild's version: a change to either transforms again. */
const SALT = `${esbuild.version}\0${fs.readFileSync(module.filename, "utf8")}`;

module.exports = {
  getCacheKey(source, filename, options) {
    return (
      crypto
        .createHash("sha256")
        .update(SALT)
        .update("\0")
        .update(filename)
        .update("\0")
        .update(options.configString)
        .update("\0")
        // Coverage instruments the code jest caches: a run with it and one without keep apart.
        .update(options.instrument ? "instrument" : "")
        .update("\0")
        .update(source)
        .digest("hex")
    );
  },
  process(source, filename) {
    const { code, map } = esbuild.transformSync(source, {
      loader: "ts",
      format: "cjs",
      target: "es2022",
      sourcefile: filename,
      sourcemap: "external",
      // As tsconfig.json compiles (ES2022, strict): class fields defined, not assigned, and "use strict" (esbuild
      // adds it only when told), as the package's two builds run the code.
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, alwaysStrict: true } },
    });
    return { code, map };
  },
};
