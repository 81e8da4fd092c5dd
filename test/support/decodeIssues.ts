/** The issues of a decode that fails, for assertions on exactly what it reports and where. */
import { DecodeError, type DecodeIssue } from "../../generated";

/** generated/'s DecodeError, which the golden outputs share: they import generated/'s run time (`--runtime-from`). */
function isDecodeError(error: unknown): error is DecodeError {
  return error instanceof DecodeError;
}

/**
 * The issues `run(...args)` reports, or [] when it succeeds; anything it throws but a DecodeError (of generated/ or a
 * golden output) is thrown on.
 */
export function issuesOf<A extends unknown[]>(run: (...args: A) => unknown, ...args: A): DecodeIssue[] {
  try {
    run(...args);
    return [];
  } catch (error) {
    if (isDecodeError(error)) return [...error.issues];
    throw error;
  }
}

/** The issues `run(...args)` reports, which must fail: its success throws "expected a DecodeError". */
export function rejectionOf<A extends unknown[]>(run: (...args: A) => unknown, ...args: A): DecodeIssue[] {
  try {
    run(...args);
  } catch (error) {
    if (isDecodeError(error)) return [...error.issues];
    throw error;
  }
  throw new Error("expected a DecodeError");
}
