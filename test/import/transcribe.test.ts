/**
 * The catalogue conversion (scripts/transcribe/catalogue.ts) is how most of schemas/vim25 was written: run again on
 * the same catalogue it reproduces every converted file byte for byte, except those edited by hand since, and it
 * leaves the hand-kept files (which carry no "Transcribed from" line) to their authors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { transcribeCatalogue, type Catalogue } from "../../scripts/transcribe/catalogue";
import { BUNDLED_SCHEMAS, FIXTURES } from "../support/helpers";

const catalogue = JSON.parse(fs.readFileSync(path.join(FIXTURES, "event-hierarchy.json"), "utf8")) as Catalogue;
const files = transcribeCatalogue(catalogue);
const vim25 = path.join(BUNDLED_SCHEMAS, "vim25");
/** A file the conversion wrote: its provenance line follows the editor's schema line. */
const transcribed = (text: string): boolean => (text.split("\n")[1] ?? "").startsWith("# Transcribed from");
/** Converted files edited by hand afterwards, with why. */
const EDITED: Readonly<Record<string, string>> = {
  "GuestOsDescriptorFirmwareType.yaml": "csm, which pyVmomi has (vim25.json) and govmomi lacks",
  "MethodFault.yaml": "faultstring declared, as VI JSON error bodies carry it; vim25.json's msg recorded as left out",
  "NotEnoughResourcesToStartVmEvent.yaml": "reason optional with its since (6.0, after its type's 2.0), the since rule",
  "OptionValue.yaml": "value optional, as pyVmomi and the WSDL say; govmomi's generator drops omitempty for it",
  "VirtualMachineAffinityInfo.yaml": "affinitySet optional, as pyVmomi and the WSDL say; govmomi's generator quirk",
  "VirtualMachineConfigSpec.yaml": "extensionCompatibilityConstraint removed, with the two types below",
};
/**
 * Converted files removed since, with why: govmomi's unreleased bindings (unreleased.go), which the catalogue read
 * and vim25.json leaves out (vim25.md, "Known limits"); no released server sends them.
 */
const REMOVED: Readonly<Record<string, string>> = {
  "VirtualMachineExtensionCompatibilityConstraint.yaml": "govmomi's unreleased bindings",
  "VirtualMachineExtensionCompatibilityConstraintSet.yaml": "govmomi's unreleased bindings",
};
/** The files of the conversion still in the catalogue. */
const kept = files.filter((f) => !(f.path in REMOVED));

test("the conversion writes one file per catalogue type and enum", () => {
  expect(files).toHaveLength(catalogue.types.length + catalogue.enums.length);
  expect(files.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort());
});

test("re-run, it reproduces every converted file not edited or removed since, byte for byte", () => {
  expect(Object.keys(REMOVED).filter((file) => fs.existsSync(path.join(vim25, file)))).toEqual([]);
  expect(Object.keys(REMOVED).filter((file) => !files.some((f) => f.path === file))).toEqual([]);
  const converted = kept.filter((f) => transcribed(fs.readFileSync(path.join(vim25, f.path), "utf8")));
  const differing = converted
    .filter((f) => fs.readFileSync(path.join(vim25, f.path), "utf8") !== f.text)
    .map((f) => f.path);
  expect(differing).toEqual(Object.keys(EDITED));
  expect(converted.length).toBe(kept.length - 21);
});

test("catalogue types that are hand-kept (the first transcription) are the 21 it leaves alone", () => {
  const handKept = kept
    .filter((f) => !transcribed(fs.readFileSync(path.join(vim25, f.path), "utf8")))
    .map((f) => f.path.replace(/\.yaml$/, ""));
  expect(handKept).toHaveLength(21);
  expect(handKept).toContain("Event");
  expect(handKept).toContain("UserLogoutSessionEvent");
  expect(fs.existsSync(path.join(vim25, "TgwEventArgument.yaml"))).toBe(true);
  expect(handKept).not.toContain("TgwEventArgument");
});
