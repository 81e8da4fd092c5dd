/**
 * Typed reads of YAML nodes for the per-file checks: each read either returns the value or records a
 * diagnostic at the node's position (with a hint) and returns `undefined`, so a file's problems are all
 * collected in one pass. Shared by the readers of type files and enum files.
 */
import { isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import { diagnostic, type Diagnostic, type SourcePos } from "../diagnostic";
import type { LoadedFile } from "../load/loadSchemas";
import { didYouMean } from "./suggest";

export type Entry = { readonly key: Node; readonly value: Node | null };
export type Entries = ReadonlyMap<string, Entry>;

/** A release: numbers and dots, or vSphere 2.5's update releases as vim25.json names them (`2.5u2`, `2.5u2server`). */
export const VERSION = /^[0-9]+(\.[0-9]+)*(u[0-9]+(server)?)?$/;

export class YamlReader {
  readonly diagnostics: Diagnostic[] = [];
  readonly file: LoadedFile;

  constructor(file: LoadedFile) {
    this.file = file;
  }

  report(at: SourcePos, code: string, message: string, hint: string): void {
    this.diagnostics.push(diagnostic(at, code, message, hint));
  }

  posOf(node: Node | null | undefined): SourcePos {
    return this.file.positionOf(node?.range?.[0] ?? 0);
  }

  /** Key/value pairs of a mapping, reporting keys that are not allowed. */
  entries(map: YAMLMap, allowed: readonly string[], where: string): Entries {
    const out = new Map<string, Entry>();
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined || !allowed.includes(key)) {
        this.report(
          this.posOf(keyNode),
          "unknown-key",
          `unknown key "${key ?? "?"}" ${where}${didYouMean(key ?? "", allowed)}`,
          `allowed keys ${where}: ${allowed.join(", ")}`,
        );
        continue;
      }
      out.set(key, { key: keyNode, value: pair.value });
    }
    return out;
  }

  string(entry: Entry | undefined, what: string): string | undefined {
    if (entry === undefined) return undefined;
    const value = entry.value;
    if (isScalar(value) && typeof value.value === "string") return value.value;
    this.report(
      this.posOf(value ?? entry.key),
      "not-a-string",
      `${what} must be a string`,
      `write ${what} as text${isScalar(value) && typeof value.value === "number" ? ", in quotes" : ""}`,
    );
    return undefined;
  }

  /** A string, or a sequence of strings (`type: [A, B]`). */
  strings(entry: Entry | undefined, what: string): string[] | undefined {
    if (entry === undefined) return undefined;
    const value = entry.value;
    if (!isSeq(value)) {
      const one = this.string(entry, what);
      return one === undefined ? undefined : [one];
    }
    const out: string[] = [];
    for (const item of value.items as (Node | null)[]) {
      if (isScalar(item) && typeof item.value === "string") out.push(item.value);
      else {
        this.report(
          this.posOf(item ?? value),
          "not-a-string",
          `each ${what} in the list must be a type name`,
          "write the list as [TypeA, TypeB]",
        );
        return undefined;
      }
    }
    return out;
  }

  boolean(entry: Entry | undefined, what: string): boolean | undefined {
    if (entry === undefined) return undefined;
    const value = entry.value;
    if (isScalar(value) && typeof value.value === "boolean") return value.value;
    this.report(
      this.posOf(value ?? entry.key),
      "not-a-boolean",
      `${what} must be true or false`,
      "write `true` or `false`",
    );
    return undefined;
  }

  version(entry: Entry | undefined, what: string): string | undefined {
    if (entry === undefined) return undefined;
    const value = entry.value;
    if (isScalar(value) && typeof value.value === "string" && VERSION.test(value.value)) return value.value;
    this.report(
      this.posOf(value ?? entry.key),
      "bad-version",
      `${what} must be a quoted release number such as "9.1.0.0"`,
      isScalar(value) && typeof value.value === "string"
        ? `write the release as numbers and dots, for example ${what}: "9.1.0.0"`
        : `quote the version, for example ${what}: "9.1.0.0"`,
    );
    return undefined;
  }

  deprecated(entry: Entry | undefined): string | boolean | undefined {
    if (entry === undefined) return undefined;
    const value = entry.value;
    if (isScalar(value) && (typeof value.value === "boolean" || typeof value.value === "string")) return value.value;
    this.report(
      this.posOf(value ?? entry.key),
      "bad-deprecated",
      "deprecated must be true, false or a text saying what to use instead",
      "write `deprecated: true` or `deprecated: Use X instead.`",
    );
    return undefined;
  }

  /** The documentation keys every kind of schema file shares: `description`, `since` and `deprecated`. */
  docs(top: Entries): { description: string; since: string | undefined; deprecated: string | boolean | undefined } {
    return {
      description: this.string(top.get("description"), "description") ?? "",
      since: this.version(top.get("since"), "since"),
      deprecated: this.deprecated(top.get("deprecated")),
    };
  }

  /** The value is absent or written as nothing (`fields:` with no entries). */
  static isEmpty(entry: Entry | undefined): boolean {
    return entry === undefined || (isScalar(entry.value) && entry.value.value === null) || entry.value === null;
  }
}
