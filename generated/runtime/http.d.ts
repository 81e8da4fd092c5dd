/**
 * The client's HTTP: one request through the caller's `fetch` (Node 20's own by default, or nodeTls.ts's when TLS
 * options are given), bounded by a timeout and the caller's AbortSignal, and every way it can fail without an answer
 * as one `VimConnectionError`, a refused certificate worded by certificates.ts. The output needs no DOM or Node types:
 * fetch, AbortController and the timers are described here by what the client uses of them. Copied into the output
 * folder with the other templates.
 */
import { type CertificateFingerprints } from "./certificates.js";
/** What the client uses of an AbortSignal (the DOM's and Node's both fit). */
export interface AbortSignalLike {
    readonly aborted: boolean;
    readonly reason?: unknown;
    addEventListener(type: "abort", listener: () => void, options?: {
        readonly once?: boolean;
    }): void;
    removeEventListener(type: "abort", listener: () => void): void;
}
/** What the client uses of a fetch Response. */
export interface FetchResponseLike {
    readonly status: number;
    readonly statusText: string;
    readonly headers: {
        get(name: string): string | null;
    };
    text(): Promise<string>;
}
export interface FetchInitLike {
    readonly method: string;
    readonly headers: Record<string, string>;
    readonly body?: string;
    readonly signal: AbortSignalLike;
    readonly redirect: "manual";
}
/** A `fetch` function: Node's, undici's with a TLS agent (`(url, init) => fetch(url, { ...init, dispatcher })`), a test's. */
export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;
/** Why a request got no usable answer. */
export type ConnectionFailure = "bad-url" | "refused" | "unreachable" | "timeout" | "aborted" | "http-status" | "not-vsphere" | "certificate" | "network";
/** A request to the server that got no vSphere answer: the URL, why, and the HTTP status when there was one. */
export declare class VimConnectionError extends Error {
    readonly url: string;
    readonly reason: ConnectionFailure;
    readonly status: number | undefined;
    readonly cause: unknown;
    /** For a refused certificate (reason `certificate`): the server certificate's fingerprints, when they were read. */
    certificate: CertificateFingerprints | undefined;
    constructor(url: string, reason: ConnectionFailure, message: string, status?: number, cause?: unknown);
}
/** A certificate refusal without fingerprints (Node's fetch gives none) worded again with the ones read since. */
export declare function withFingerprints(failure: VimConnectionError, fingerprints: CertificateFingerprints): VimConnectionError;
/** One HTTP exchange: the status, the headers and the whole body, or a VimConnectionError. */
export interface HttpAnswer {
    readonly status: number;
    readonly headers: {
        get(name: string): string | null;
    };
    readonly text: string;
}
export interface HttpRequest {
    readonly url: string;
    readonly method: "GET" | "POST";
    readonly headers: Record<string, string>;
    readonly body: string | undefined;
    readonly timeoutMs: number;
    readonly signal: AbortSignalLike | undefined;
}
/** Sends one request; the timeout and the caller's signal both cut it short, and neither leaks a timer. */
export declare function exchange(fetch: FetchLike | undefined, request: HttpRequest): Promise<HttpAnswer>;
/** Waits `ms`, or less when `signal` aborts (then throws its VimConnectionError). */
export declare function pause(ms: number, signal: AbortSignalLike | undefined, url: string): Promise<void>;
/** The server's base URL (scheme, host, port and path prefix) from what a user types: `vc.example.com`, `https://vc/sdk`. */
export declare function serverBase(url: string): string;
