import * as rt from "../runtime/runtime.js";
import type { KeyAnyValue, KeyProviderId, KeyValue } from "../types.js";
export declare function gmFields$KeyAnyValue(v: Record<string, unknown>, o: Record<string, unknown>, p: string, c: rt.DecodeContext): number;
export declare function gmExact$KeyAnyValue(v: Record<string, unknown>, p: string, c: rt.DecodeContext): KeyAnyValue;
export declare function gmFields$KeyProviderId(v: Record<string, unknown>, o: Record<string, unknown>, p: string, c: rt.DecodeContext): number;
export declare function gmExact$KeyProviderId(v: Record<string, unknown>, p: string, c: rt.DecodeContext): KeyProviderId;
export declare function gmFields$KeyValue(v: Record<string, unknown>, o: Record<string, unknown>, p: string, c: rt.DecodeContext): number;
export declare function gmExact$KeyValue(v: Record<string, unknown>, p: string, c: rt.DecodeContext): KeyValue;
