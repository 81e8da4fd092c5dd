/** The issues of a decode that fails, for assertions on exactly what it reports and where. */
import { DecodeError, type DecodeIssue } from "../../generated";
import { DecodeError as BigintDecodeError } from "../golden/bigint/runtime/context";
import { DecodeError as DateDecodeError } from "../golden/date/runtime/context";
import { DecodeError as BigintDateDecodeError } from "../golden/bigint-date/runtime/context";

/** generated/'s DecodeError and each golden output's: every output carries its own run-time, so its own class. */
const DECODE_ERRORS = [DecodeError, BigintDecodeError, DateDecodeError, BigintDateDecodeError];

function isDecodeError(error: unknown): error is DecodeError {
  return DECODE_ERRORS.some((kind) => error instanceof kind);
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
