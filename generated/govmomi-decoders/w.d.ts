import * as rt from "../runtime/runtime.js";
import type { WaitOptions, WarningUpgradeEvent } from "../types.js";
export declare function gmFields$WaitOptions(v: Record<string, unknown>, o: Record<string, unknown>, p: string, c: rt.DecodeContext): number;
export declare function gmExact$WaitOptions(v: Record<string, unknown>, p: string, c: rt.DecodeContext): WaitOptions;
export declare function gmExact$WarningUpgradeEvent(v: Record<string, unknown>, p: string, c: rt.DecodeContext): WarningUpgradeEvent;
