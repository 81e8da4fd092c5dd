import * as rt from "../runtime/runtime.js";
import type { BadUsernameSessionEvent, BoolPolicy } from "../types.js";
export declare function gmFields$BadUsernameSessionEvent(v: Record<string, unknown>, o: Record<string, unknown>, p: string, c: rt.DecodeContext): number;
export declare function gmExact$BadUsernameSessionEvent(v: Record<string, unknown>, p: string, c: rt.DecodeContext): BadUsernameSessionEvent;
export declare function gmFields$BoolPolicy(v: Record<string, unknown>, o: Record<string, unknown>, p: string, c: rt.DecodeContext): number;
export declare function gmExact$BoolPolicy(v: Record<string, unknown>, p: string, c: rt.DecodeContext): BoolPolicy;
