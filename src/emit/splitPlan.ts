/**
 * When and how an output's modules split by family (families.ts, splitModule.ts): past SPLIT_MIN_TYPES types every
 * module with per-type code splits; below it only a module whose emitted text would pass MODULE_BUDGET, so no module
 * is over MODULE_LIMIT at any size of schema set. The plan says which family owns each generated name.
 */
import { compareStrings } from "../diagnostic";
import type { Model } from "../model/ir";
import type { CodeOptions } from "../options";
import { familiesOf, MODULE_BUDGET, SPLIT_MIN_TYPES } from "./families";
import { names } from "./naming";
import { oneFolderDown, splitModule, type SplitPlan } from "./splitModule";
import type { OutputModule } from "./wire";

/**
 * How a module splits by family. Each generated per-type name belongs to its type: every naming pattern of `names`
 * applied to every type and enum (the first to claim a name keeps it, in name order).
 */
export function splitPlan(model: Model, code: CodeOptions): SplitPlan {
  const all = [...model.types.map((t) => t.name), ...model.enums.map((e) => e.name)];
  // What methods are called on names families too: the method map is split by it (emitMethods.ts), and every method
  // must find its family, whether or not the schemas declare the managed object type it names.
  const called = [...model.managedObjects.map((m) => m.name), ...model.methods.map((m) => m.on)];
  const families = familiesOf([...new Set([...all, ...called])].sort(compareStrings));
  const owners = new Map<string, string>();
  const patterns = Object.values(names).filter((n): n is (t: string) => string => typeof n === "function");
  for (const name of all.sort(compareStrings))
    for (const pattern of patterns) {
      const generated = pattern(name);
      if (!owners.has(generated)) owners.set(generated, name);
    }
  const extension = code.importExtension === "none" ? "" : code.importExtension;
  return {
    families,
    owners,
    rebase: oneFolderDown,
    partSpecifier: (module, part, sibling) => (sibling ? `./${part}${extension}` : `./${module}/${part}${extension}`),
  };
}

/** The plan every module of a schema set past SPLIT_MIN_TYPES splits by, or undefined below it. */
export function wholeSetPlan(model: Model, code: CodeOptions): SplitPlan | undefined {
  return model.types.length > SPLIT_MIN_TYPES ? splitPlan(model, code) : undefined;
}

/**
 * A function from an output module to its printed files: split by `plan` when there is one; otherwise whole, unless
 * its printed text passes MODULE_BUDGET, when it is split alone (the plan made once, on the first such module).
 */
export function moduleSplitter<F extends { readonly text: string }>(
  model: Model,
  code: CodeOptions,
  plan: SplitPlan | undefined,
  print: (m: OutputModule) => F,
): (m: OutputModule) => F[] {
  let budgetPlan: SplitPlan | undefined;
  return (m) => {
    if (plan !== undefined) return splitModule(m, plan).map(print);
    const whole = print(m);
    if (whole.text.length <= MODULE_BUDGET) return [whole];
    budgetPlan ??= splitPlan(model, code);
    return splitModule(m, budgetPlan).map(print);
  };
}
