/**
 * Waiting for a task (`PowerOnVM_Task`, `ReconfigVM_Task`, ...) the way govmomi's `task.Wait` does: a property
 * collector of the task's own (CreatePropertyCollector), a filter on the task's `info`, and WaitForUpdatesEx until the
 * state is success or error: no polling, and no WaitForUpdatesEx on the session's collector, which a follow may be
 * waiting on (a collector answers one wait at a time). The collector is destroyed however the wait ends. Takes a
 * VimSession, not the client. Copied into the output folder.
 */
import type { CallOptions, ClientTypes, ObjectRef } from "./contract.js";
import type { CoreSession } from "./session.js";
export interface TaskWaitOptions<A extends ClientTypes = ClientTypes> extends CallOptions {
    /** Called with the task's info each time the server reports a change while the task is queued or running. */
    readonly onProgress?: (info: A["taskInfo"]) => void;
    /** How long one WaitForUpdatesEx may wait on the server, in seconds (default 30); the wait itself has no limit. */
    readonly waitSeconds?: number;
}
/**
 * A task that ended in error: its info, and the fault from `info.error` as its MethodFault subtype (the catalogue's
 * `A["taskInfo"]` and `A["fault"]`; the output's client.ts exports the class typed with its own).
 */
export declare class TaskError<A extends ClientTypes = ClientTypes> extends Error {
    readonly info: A["taskInfo"];
    /** The fault (a LocalizedMethodFault's `fault`), or undefined when the server gave none. */
    readonly fault: A["fault"] | undefined;
    constructor(info: A["taskInfo"]);
}
/**
 * Waits for `task` to end. Resolves to its info on success (the result, when the method has one, in `info.result`);
 * rejects with a TaskError on error, with what a call rejects with when a call fails, and with the abort reason
 * when `options.signal` aborts.
 */
export declare function waitForTask<A extends ClientTypes>(session: CoreSession<A>, task: ObjectRef, options?: TaskWaitOptions<A>): Promise<A["taskInfo"]>;
