/** The issues of a decode that fails, for assertions on exactly what it reports and where. */
import { DecodeError, type DecodeIssue } from "../catalogue";

/**
 * The issues `run(...args)` reports, or [] when it succeeds; anything it throws but a DecodeError is thrown on (the
 * golden outputs share generated/'s run time, `--runtime-from`, so its one class).
 */
export function issuesOf<A extends unknown[]>(run: (...args: A) => unknown, ...args: A): DecodeIssue[] {
  try {
    run(...args);
    return [];
  } catch (error) {
    if (error instanceof DecodeError) return [...error.issues];
    throw error;
  }
}

/** The issues `run(...args)` reports, which must fail: its success throws "expected a DecodeError". */
export function rejectionOf<A extends unknown[]>(run: (...args: A) => unknown, ...args: A): DecodeIssue[] {
  try {
    run(...args);
  } catch (error) {
    if (error instanceof DecodeError) return [...error.issues];
    throw error;
  }
  throw new Error("expected a DecodeError");
}
