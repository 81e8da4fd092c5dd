/** The reference docs (`vsphere-typegen docs`): pages that say what the schemas say, links that resolve, hostile text kept inert. */
import * as fs from "node:fs";
import * as path from "node:path";
import { emitDocs } from "../../src/docs/emitDocs";
import { codeSpan, inline } from "../../src/docs/markdown";
import { ownedFiles } from "../../src/write/writeFiles";
import { copyDir, modelOf, REPO, runCli, SESSION_SCHEMAS, tempDir } from "../support/helpers";

const DOCS = path.join(REPO, "docs", "reference");
/** The reference pages `docs` wrote into docs/reference/. */
const REFERENCE = ownedFiles(DOCS);
const options = { sourceName: (file: string) => file, regenerate: "npx vsphere-typegen docs --out docs" };

/** Table rows of a page whose first cell is `name`, split into cells. */
function row(text: string, first: string): string[] | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`| ${first} |`));
  return line
    ?.split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());
}

test("a type's page lists its own fields, then each base's, with type, format, optional, since and description", () => {
  const page = fs.readFileSync(path.join(DOCS, "UserLogoutSessionEvent.md"), "utf8");
  expect(page).toContain(
    "[Index](README.md) · extends [SessionEvent](SessionEvent.md) › [Event](Event.md) › [DynamicData](DynamicData.md)",
  );
  expect(row(page, "`callCount`")).toEqual([
    "`callCount`",
    "integer",
    "int64",
    "yes",
    "",
    "",
    "Number of API invocations made by the session",
  ]);
  expect(page.indexOf("`callCount`")).toBeLessThan(page.indexOf("### Inherited from [Event](Event.md)"));
  expect(row(page, "`key`")).toEqual(["`key`", "integer", "int32", "no", "", "", "The event ID."]);
  expect(row(page, "`tgw`")?.slice(0, 5)).toEqual([
    "`tgw`",
    "[TgwEventArgument](TgwEventArgument.md)",
    "",
    "yes",
    "9.1.0.0",
  ]);
  expect(page).toContain("Schema file: `vsphere-typegen/schemas/vim25/UserLogoutSessionEvent.yaml`.");
});

test("a field of several types reads as either, and an array of them as an array of either", () => {
  const page = fs.readFileSync(path.join(DOCS, "DirectPathProfileManagerCapacityUnknown.md"), "utf8");
  expect(row(page, "`faultList`")?.[1]).toBe(
    "([MethodFault](MethodFault.md) or [LocalizedMethodFault](LocalizedMethodFault.md))[]",
  );
  const task = fs.readFileSync(path.join(DOCS, "TaskInfo.md"), "utf8");
  expect(row(task, "`error`")?.[1]).toBe(
    "[MethodFault](MethodFault.md) or [LocalizedMethodFault](LocalizedMethodFault.md)",
  );
});

test("a type with subtypes lists them and draws its family; a large family draws its direct subtypes", () => {
  const session = fs.readFileSync(path.join(DOCS, "SessionEvent.md"), "utf8");
  expect(session).toContain("8 known subtypes:\n\n```mermaid\nflowchart LR\n");
  expect(session.match(/^ {2}SessionEvent --> \w+$/gm)).toHaveLength(8);
  const event = fs.readFileSync(path.join(DOCS, "Event.md"), "utf8");
  expect(event).toContain("442 known subtypes; the diagram shows the 26 direct ones:");
  expect(event.match(/^ {2}Event --> \w+$/gm)).toHaveLength(26);
  const index = fs.readFileSync(path.join(DOCS, "README.md"), "utf8");
  expect(index).toContain("- [SessionEvent](SessionEvent.md) (8 subtypes)");
  expect(index).toContain("- [VmEvent](VmEvent.md) (136 subtypes)");
});

test("enums get a page of their values; fields typed by an enum or naming one link to it", () => {
  const status = fs.readFileSync(path.join(DOCS, "ManagedEntityStatus.md"), "utf8");
  expect(row(status, "gray")).toEqual(["gray", "", "", "The status is unknown."]);
  const linked = REFERENCE.some((f) =>
    fs.readFileSync(path.join(DOCS, f), "utf8").includes("[ManagedEntityStatus](ManagedEntityStatus.md)"),
  );
  expect(linked).toBe(true);
});

test("the index links every type and enum once, and every link of every page reaches a page", () => {
  const pages = new Set(REFERENCE);
  expect(pages.size).toBe(3009 + 439 + 3);
  const index = fs.readFileSync(path.join(DOCS, "README.md"), "utf8");
  for (const page of pages)
    if (page === "methods.md") expect(index).toContain("[methods](methods.md)");
    else if (page === "managed-objects.md") expect(index).toContain("[managed objects](managed-objects.md)");
    else if (page !== "README.md") expect(index).toContain(`| [${page.replace(/\.md$/, "")}](${page}) |`);
  // A link reaches a page, or (`page.md#name`, `#name`) a heading of one, by the id GitHub gives it.
  const headings = (page: string): Set<string> =>
    new Set(
      [...fs.readFileSync(path.join(DOCS, page), "utf8").matchAll(/^#+ (.+)$/gm)].map((h) =>
        (h[1] ?? "").toLowerCase().replace(/ /g, "-"),
      ),
    );
  const broken: string[] = [];
  for (const page of pages) {
    for (const match of fs.readFileSync(path.join(DOCS, page), "utf8").matchAll(/\]\(([^)]+)\)/g)) {
      const [target = "", anchor] = (match[1] ?? "").split("#");
      const linked = target === "" ? page : target;
      if (!pages.has(linked) || (anchor !== undefined && !headings(linked).has(anchor)))
        broken.push(`${page} -> ${match[1]}`);
    }
  }
  expect(broken).toEqual([]);
});

test("hostile schema text cannot open a tag, a link, a heading or a table cell", () => {
  const hostile =
    "Ends | here</td><script>alert(1)</script> [click](javascript:alert(1)) -->\n\n# Heading `code` *bold* &amp;";
  const files = emitDocs(
    modelOf({
      "Evil.yaml": `name: Evil\ndescription: ${JSON.stringify(hostile)}\nfields:\n  x:\n    type: string\n    description: ${JSON.stringify(hostile)}\n`,
    }),
    options,
  );
  const page = files.find((f) => f.path === "Evil.md")?.text ?? "";
  expect(page).not.toMatch(/<script|<\/td>|\]\(javascript|^# Heading/m);
  // Only the marker comment on the first line ends a comment.
  expect(
    page
      .split("\n")
      .slice(1)
      .filter((l) => l.includes("-->")),
  ).toEqual([]);
  expect(row(page, "`x`")).toHaveLength(7);
  expect(inline("a | b")).toBe("a \\| b");
  expect(inline("<b>&")).toBe("&lt;b&gt;&amp;");
});

test("a code span shows its text as written: no backslashes, a fence longer than any backtick run inside", () => {
  const methods = fs.readFileSync(path.join(DOCS, "methods.md"), "utf8");
  expect(methods).toContain("Schema file: `vsphere-typegen/schemas/vim25-api/methods/AbortCustomization_Task.yaml`.");
  // What the code spans of the page hold (schema files, the managed object and privilege of a call) has no escapes.
  expect(methods.split("\n").filter((l) => /^(Schema file|Called on) /.test(l) && l.includes("\\"))).toEqual([]);
  expect(codeSpan("my_schemas/A*B.yaml")).toBe("`my_schemas/A*B.yaml`");
  expect(codeSpan("a`b")).toBe("``a`b``");
  expect(codeSpan("``x")).toBe("``` ``x ```");
  expect(codeSpan(" x ")).toBe("`  x  `");
  expect(codeSpan("two\nlines")).toBe("`two lines`");
});

test("a description cannot become a list, a rule or math", () => {
  const descriptions = [
    "- not an item",
    "+ nor this",
    "1. nor a numbered one",
    "---",
    "$$x^2$$ costs $5",
    "802.1p, -1",
  ];
  const files = emitDocs(
    modelOf(
      Object.fromEntries(
        descriptions.map((d, i) => [
          `T${i}.yaml`,
          `name: T${i}\ndescription: ${JSON.stringify(`${d}\n\nSecond paragraph.`)}\nfields: {}\n`,
        ]),
      ),
    ),
    options,
  );
  const first = (i: number): string => {
    const lines = (files.find((f) => f.path === `T${i}.md`)?.text ?? "").split("\n");
    return lines[lines.indexOf("[Index](README.md)") + 2] ?? "";
  };
  expect(descriptions.map((_, i) => first(i))).toEqual([
    "\\- not an item",
    "\\+ nor this",
    "1\\. nor a numbered one",
    "\\---",
    "\\$\\$x^2\\$\\$ costs \\$5",
    "802.1p, -1",
  ]);
});

test("the command writes the pages, check says when they are stale, and files it did not write stay", () => {
  const dir = tempDir();
  copyDir(SESSION_SCHEMAS, path.join(dir, "schemas"));
  const flags = ["--no-bundled", "--schemas", "schemas", "--out", "docs"];
  expect(runCli(["docs", ...flags], dir).stdout).toBe(
    "vsphere-typegen: 23 pages -> docs/ (23 written, 0 unchanged, 0 removed)\n",
  );
  fs.writeFileSync(path.join(dir, "docs", "notes.md"), "mine\n");
  expect(runCli(["docs", ...flags, "--check"], dir).stdout).toBe("vsphere-typegen: docs/ is up to date (23 pages)\n");
  const file = path.join(dir, "schemas", "vim25", "UserLogoutSessionEvent.yaml");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("The IP address of client", "The client's IP address"));
  const stale = runCli(["docs", ...flags, "--check"], dir);
  expect(stale.status).toBe(1);
  expect(stale.stdout).toContain("+| `ipAddress` | string |  | yes |  |  | The client's IP address |");
  expect(stale.stderr).toContain("docs/ is stale (1 page differs)");
  fs.rmSync(path.join(dir, "schemas", "vim25", "NoAccessUserEvent.yaml"));
  // The changed page, and the pages that list the removed type: the index, its base's and its ancestors' families.
  expect(runCli(["docs", ...flags], dir).stdout).toContain("(5 written, 17 unchanged, 1 removed)");
  expect(fs.existsSync(path.join(dir, "docs", "NoAccessUserEvent.md"))).toBe(false);
  expect(fs.readFileSync(path.join(dir, "docs", "notes.md"), "utf8")).toBe("mine\n");
});

test("the committed docs are what the bundled schemas give, byte for byte", () => {
  const dir = tempDir();
  expect(runCli(["docs", "--out", "docs/reference"], dir).status).toBe(0);
  const pages = [...REFERENCE].sort();
  expect(fs.readdirSync(path.join(dir, "docs", "reference")).sort()).toEqual(pages);
  for (const page of pages)
    expect(fs.readFileSync(path.join(dir, "docs", "reference", page), "utf8")).toBe(
      fs.readFileSync(path.join(DOCS, page), "utf8"),
    );
});

test("a type's page names the functions generated for it", () => {
  const page = fs.readFileSync(path.join(DOCS, "UserLogoutSessionEvent.md"), "utf8");
  expect(page).toContain(
    "Generated: the interface `UserLogoutSessionEvent`, the guard `isUserLogoutSessionEvent`, the decoders " +
      "`decodeUserLogoutSessionEvent`, `safeDecodeUserLogoutSessionEvent`, `decodeUserLogoutSessionEventArray`, " +
      "`parseUserLogoutSessionEvent`, `parseUserLogoutSessionEventArray`, the encoders `encodeUserLogoutSessionEvent`, " +
      "`stringifyUserLogoutSessionEvent`.",
  );
  expect(fs.readFileSync(path.join(DOCS, "SessionEvent.md"), "utf8")).toContain(
    "Generated: the interface `SessionEvent`, `AnySessionEvent` (it or a known subtype), `SessionEventTypeName`, the guard `isSessionEvent`",
  );
});

test("the performance page holds the tables of a full npm run bench between its markers", () => {
  const text = fs.readFileSync(path.join(REPO, "docs", "performance.md"), "utf8");
  const begin = text.indexOf("<!-- bench:begin");
  const end = text.indexOf("<!-- bench:end -->");
  expect(begin).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(begin);
  const results = text.slice(begin, end);
  expect(results).toMatch(/\nMachine: \d+ cores, /);
  for (const table of ["| validator |", "| reader |", "| decoder |", "| measure |", "| schema set |"])
    expect(results).toContain(table);
});
