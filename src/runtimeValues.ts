/**
 * The names of the values the run time exports (templates/core/runtime.ts), read from the module itself by the type
 * checker: the format table and the emitters name run-time helpers with this type, so a helper misspelt, renamed or
 * removed in templates/ fails to compile in src/, before any output is generated.
 */
import type * as Runtime from "../templates/core/runtime";

export type RuntimeValue = keyof typeof Runtime;
