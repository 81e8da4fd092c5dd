/**
 * The context attributes of a CloudEvents 1.0 envelope, checked as the specification says (required ones present,
 * URI-references, RFC 3339 times, JSON or XML media types, extension names and values), whether they come from a
 * structured envelope or from binary mode's headers (ceHeaders.ts). Which event they name is read in envelope.ts.
 * Copied into the output folder with the other templates.
 */
import { describeValue, isDateTime, isInt32 } from "../core/checks";

/** A CloudEvent's context attributes, checked. */
export interface CloudEventAttributes {
  readonly specversion: "1.0";
  /** Identifies the event; with `source`, unique per distinct event. */
  readonly id: string;
  /** A URI-reference naming the context the event happened in (the vCenter Server's SDK URL). */
  readonly source: string;
  /** `com.vmware.vsphere.VmPoweredOnEvent.v0`, `com.vmware.event.router/event`, ... */
  readonly type: string;
  readonly datacontenttype?: string;
  readonly dataschema?: string;
  readonly subject?: string;
  /** RFC 3339, as sent. */
  readonly time?: string;
  /** Extension attributes (`eventclass`, `knativearrivaltime`, ...) by name. */
  readonly extensions: Readonly<Record<string, string | number | boolean>>;
}

const CORE = [
  "specversion",
  "id",
  "source",
  "type",
  "datacontenttype",
  "dataschema",
  "subject",
  "time",
] as const;
const EXTENSION_NAME = /^[a-z0-9]+$/;
// RFC 3986 characters (unreserved, reserved and %-escapes): a URI-reference has no spaces or controls.
const URI_REFERENCE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const JSON_MEDIA = /^(?:application|text)\/(?:[^;\s]*\+)?json\s*(?:;|$)/i;
const XML_MEDIA = /^(?:application|text)\/(?:[^;\s]*\+)?xml\s*(?:;|$)/i;

export type Issues = { path: string; message: string }[];

/**
 * Checks the attributes of a structured envelope (or of the headers, as a record), records each problem at
 * `where(name)` and returns the attributes. Unset optional attributes (absent or `null`) are left out.
 */
export function readAttributes(
  record: Record<string, unknown>,
  where: (name: string) => string,
  issues: Issues,
  skip: ReadonlySet<string>,
): CloudEventAttributes {
  const attributes: Record<string, unknown> = {};
  const extensions: Record<string, string | number | boolean> = {};
  const bad = (name: string, message: string): void => {
    issues.push({ path: where(name), message });
  };
  const nonEmpty = (name: string, required: boolean): string | undefined => {
    const value = record[name];
    if (value === undefined || value === null) {
      if (required) bad(name, `the CloudEvents attribute ${name} is required`);
      return undefined;
    }
    if (typeof value !== "string" || value.length === 0) {
      bad(name, `expected a non-empty string, got ${describeValue(value)}`);
      return undefined;
    }
    return value;
  };
  const specversion = record["specversion"];
  if (specversion !== "1.0") {
    bad(
      "specversion",
      specversion === undefined || specversion === null
        ? "the CloudEvents attribute specversion is required"
        : `expected "1.0" (CloudEvents 1.0), got ${describeValue(specversion)}`,
    );
  }
  attributes["specversion"] = "1.0";
  for (const name of ["id", "source", "type"] as const) attributes[name] = nonEmpty(name, true) ?? "";
  const source = attributes["source"] as string;
  if (source !== "" && !URI_REFERENCE.test(source))
    bad("source", `expected a URI-reference, got ${describeValue(source)}`);
  for (const name of ["datacontenttype", "dataschema", "subject", "time"] as const) {
    const value = nonEmpty(name, false);
    if (value === undefined) continue;
    if (name === "time" && !isDateTime(value))
      bad(name, `expected an RFC 3339 timestamp, got ${describeValue(value)}`);
    else if (name === "dataschema" && !ABSOLUTE_URI.test(value))
      bad(name, `expected a URI, got ${describeValue(value)}`);
    else if (name === "datacontenttype" && !JSON_MEDIA.test(value) && !XML_MEDIA.test(value))
      bad(
        name,
        `the event must be JSON (application/json) or XML (application/xml), got ${describeValue(value)}`,
      );
    attributes[name] = value;
  }
  for (const key of Object.keys(record)) {
    if ((CORE as readonly string[]).includes(key) || skip.has(key)) continue;
    const value = record[key];
    if (value === null || value === undefined) continue;
    if (!EXTENSION_NAME.test(key)) {
      bad(key, `"${key}" is not a CloudEvents attribute name (lower-case letters a-z and digits only)`);
    } else if (
      typeof value === "string" ||
      typeof value === "boolean" ||
      (typeof value === "number" && isInt32(value))
    ) {
      Object.defineProperty(extensions, key, { value, enumerable: true, writable: true, configurable: true });
    } else {
      bad(key, `an extension attribute is a string, a boolean or an integer, got ${describeValue(value)}`);
    }
  }
  attributes["extensions"] = extensions;
  return attributes as unknown as CloudEventAttributes;
}

/** Whether the event data is XML (`application/xml`, `text/xml`, `...+xml`), as the Knative source sends it by default. */
export function isXmlData(attributes: CloudEventAttributes): boolean {
  return attributes.datacontenttype !== undefined && XML_MEDIA.test(attributes.datacontenttype);
}
