/**
 * Waiting for a task (`PowerOnVM_Task`, `ReconfigVM_Task`, ...) the way govmomi's `task.Wait` does: a property
 * collector of the task's own (CreatePropertyCollector), a filter on the task's `info`, and WaitForUpdatesEx until the
 * state is success or error: no polling, and no WaitForUpdatesEx on the session's collector, which a follow may be
 * waiting on (a collector answers one wait at a time). The collector is destroyed however the wait ends. Takes a
 * VimSession, not the client. Copied into the output folder.
 */
import {
  CLEANUP,
  type CallOptions,
  type ClientTypes,
  type LocalizedFaultShape,
  type MethodFaultShape,
  type RefArg,
  type UpdateSetShape,
  refOf,
} from "./contract";
import type { CoreSession } from "./session";
import { unboxed } from "./wires";

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
export class TaskError<A extends ClientTypes = ClientTypes> extends Error {
  readonly info: A["taskInfo"];
  /** The fault (a LocalizedMethodFault's `fault`), or undefined when the server gave none. */
  readonly fault: A["fault"] | undefined;

  constructor(info: A["taskInfo"]) {
    const error = info.error;
    const localized =
      error?._typeName === "LocalizedMethodFault" ? (error as LocalizedFaultShape) : undefined;
    // A TaskInfo's fault is one of its catalogue's MethodFaults: the wires decoded it as such.
    const fault = (localized === undefined ? error : localized.fault) as A["fault"] | undefined;
    const message = localized?.localizedMessage ?? messageOf(fault);
    super(
      `task ${info.task.value} (${info.descriptionId}) failed: ${fault?._typeName ?? "no fault given"}${message === undefined || message === "" ? "" : `: ${message}`}`,
    );
    this.name = "TaskError";
    this.info = info;
    this.fault = fault;
  }
}

function messageOf(fault: MethodFaultShape | undefined): string | undefined {
  const text = (fault as { faultMessage?: readonly { message?: unknown }[] } | undefined)?.faultMessage?.[0]
    ?.message;
  return typeof text === "string" ? text : undefined;
}

/** The task's `info` in an update of the filter on it, if the update holds it. */
function taskInfoIn<A extends ClientTypes>(update: UpdateSetShape): A["taskInfo"] | undefined {
  const changes = (update.filterSet ?? []).flatMap((f) =>
    (f.objectSet ?? []).flatMap((o) => o.changeSet ?? []),
  );
  const val = changes.find((c) => c.name === "info" && c.op === "assign")?.val;
  const typed = val as { _typeName?: unknown } | undefined;
  return typeof typed === "object" && typed !== null && typed._typeName === "TaskInfo"
    ? (val as A["taskInfo"])
    : undefined;
}

/**
 * Waits for `task` to end. Resolves to its info on success (the result, when the method has one, in `info.result`);
 * rejects with a TaskError on error, with what a call rejects with when a call fails, and with the abort reason
 * when `options.signal` aborts.
 */
export async function waitForTask<A extends ClientTypes>(
  session: CoreSession<A>,
  task: RefArg,
  options: TaskWaitOptions<A> = {},
): Promise<A["taskInfo"]> {
  const { onProgress, waitSeconds = 30, ...call } = options;
  const collector = await session.call(
    "CreatePropertyCollector",
    { _this: session.serviceContent.propertyCollector },
    call,
  );
  try {
    await session.call(
      "CreateFilter",
      {
        _this: collector,
        spec: {
          _typeName: "PropertyFilterSpec",
          propSet: [{ _typeName: "PropertySpec", type: "Task", pathSet: ["info"] }],
          objectSet: [{ _typeName: "ObjectSpec", obj: refOf(task) }],
        },
        partialUpdates: false,
      },
      call,
    );
    let version = "";
    for (;;) {
      const update = await session.call(
        "WaitForUpdatesEx",
        {
          _this: collector,
          version,
          options: { _typeName: "WaitOptions", maxWaitSeconds: waitSeconds },
        },
        { ...call, timeoutMs: (waitSeconds + 30) * 1000 },
      );
      if (update === undefined) continue;
      version = update.version;
      const info = taskInfoIn<A>(update);
      if (info === undefined) continue;
      if (info.state === "success") return info;
      if (info.state === "error") throw new TaskError<A>(info);
      onProgress?.(info);
    }
  } finally {
    // Without the caller's signal (or the client's), so that an aborted wait still cleans up; a collector already gone
    // is no matter.
    await session.call("DestroyPropertyCollector", { _this: collector }, CLEANUP).catch(() => undefined);
  }
}

/**
 * What `runTask` resolves to: the task's `info.result`, out of its box. The result is an untyped slot on the wire, so
 * a string, a number, an enum value or an array of anything comes boxed (`{"_typeName":"string","_value":...}`), while
 * the method map types it as what the box holds (`VimTaskResult<"CreateScreenshot_Task">` is a string).
 */
export function taskResultOf<A extends ClientTypes>(info: A["taskInfo"]): unknown {
  return unboxed((info as { readonly result?: unknown }).result);
}
