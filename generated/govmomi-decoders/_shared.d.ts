import * as rt from "../runtime/runtime.js";
export declare let table$: Map<string, rt.GovmomiType> | undefined;
/** Every declared type as the govmomi dialect needs it (built on first use). */
export declare function govmomiTypes$(): ReadonlyMap<string, rt.GovmomiType>;
