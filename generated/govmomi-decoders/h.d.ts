import * as rt from "../runtime/runtime.js";
import type { HealthStatusChangedEvent } from "../types.js";
export declare function gmFields$HealthStatusChangedEvent(v: Record<string, unknown>, o: Record<string, unknown>, p: string, c: rt.DecodeContext): number;
export declare function gmExact$HealthStatusChangedEvent(v: Record<string, unknown>, p: string, c: rt.DecodeContext): HealthStatusChangedEvent;
