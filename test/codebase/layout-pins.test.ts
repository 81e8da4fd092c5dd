// The layout of generated code is owned by pinned packages: prettier and ts-morph are exact versions in package.json,
// and the versions installed are part of the output's digest, so "same schemas, same bytes" does not rest on what a
// `^` range happened to resolve to.
import * as fs from "node:fs";
import * as path from "node:path";
import { inputDigest, LAYOUT_PACKAGES, layoutPackageVersions } from "../../src/write/digest";

const root = path.join(__dirname, "..", "..");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

describe("the packages that lay generated code out", () => {
  it.each(LAYOUT_PACKAGES)("%s is pinned to one exact version, the one installed", (name) => {
    const spec = manifest.dependencies[name];
    expect(spec).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as {
      version: string;
    };
    expect(installed.version).toBe(spec);
  });

  it("are named with their versions in what the digest covers", () => {
    expect(layoutPackageVersions()).toBe(
      LAYOUT_PACKAGES.map((name) => `${name}@${manifest.dependencies[name] ?? "?"}`).join(" "),
    );
    const schema = path.join(root, "test", "schemas", "vim25", "AlreadyAuthenticatedSessionEvent.yaml");
    const digest = (layout?: string): string =>
      inputDigest(path.join(root, "src"), path.join(root, "templates"), "opts", [schema], (f) => f, layout);
    expect(digest()).toBe(digest(layoutPackageVersions()));
    expect(digest("prettier@3.99.0 ts-morph@28.0.0")).not.toBe(digest());
  });
});
