/**
 * VimClient.waitForTask against vcsim (its own simulator, started by test/globalSetup.js): a task's success is its
 * info, an error is a TaskError with the fault typed, the wait runs on a property collector of its own (never the
 * session's, which a follow may be waiting on) that is destroyed when the wait ends, and an aborted wait rejects.
 * runTask calls and waits in one: the task's result typed by the method's task result.
 */
import { SoapFault, TaskError, VimClient, VimConnectionError, type ManagedObjectReference } from "../catalogue";
import { soapRecorder, type SoapExchange, type SoapRecorder } from "./soapRecorder";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_TASKS"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;

/** The managed object a request is called on (its `_this`). */
const thisOf = (body: string): string => /<_this type="\w+">([^<]*)<\/_this>/.exec(body)?.[1] ?? "?";

describeVcsim("waitForTask (vcsim)", () => {
  let client: VimClient;
  let vm: ManagedObjectReference;
  let recorder: SoapRecorder;
  /** What the client asked of vcsim from exchange `from` on. */
  const since = (from: number): readonly SoapExchange[] => recorder.exchanges.slice(from);

  beforeAll(async () => {
    recorder = await soapRecorder(URL_ as string);
    client = await VimClient.connect({ url: recorder.url, username: "user", password: "pass" });
    // A filter as users write it: no _typeName where the parameter's type fixes it.
    const created = await client.queryEvents({ eventTypeId: ["VmCreatedEvent"] });
    const found = created[0]?.vm?.vm;
    if (found === undefined) throw new Error("vcsim has no VM");
    vm = found;
  });

  afterAll(async () => {
    await client.logout();
    await recorder.close();
  });

  test("a task that succeeds resolves to its info, on a collector of its own that is destroyed after", async () => {
    await client.waitForTask(await client.call("PowerOnVM_Task", { _this: vm })).catch(() => undefined);
    const from = recorder.exchanges.length;
    const task = await client.call("PowerOffVM_Task", { _this: vm });
    const info = await client.waitForTask(task);
    const requests = since(from);
    expect(info).toMatchObject({ _typeName: "TaskInfo", state: "success", task: { value: task.value } });
    expect(info.entity?.value).toBe(vm.value);

    const methods = requests.map((r) => r.method);
    expect(methods.slice(0, 3)).toEqual(["PowerOffVM_Task", "CreatePropertyCollector", "CreateFilter"]);
    expect(methods.at(-1)).toBe("DestroyPropertyCollector");
    const own = thisOf(requests.at(-1)?.request ?? "");
    expect(own).not.toBe(client.serviceContent.propertyCollector.value);
    // Every wait was on that collector; it is gone now.
    const waits = requests.filter((r) => r.method === "WaitForUpdatesEx");
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.map((w) => thisOf(w.request))).toEqual(waits.map(() => own));
    const gone = client.call("WaitForUpdatesEx", {
      _this: { _typeName: "ManagedObjectReference", type: "PropertyCollector", value: own },
      version: "",
    });
    await expect(gone).rejects.toBeInstanceOf(SoapFault);
    await expect(gone).rejects.toMatchObject({ detail: { _typeName: "ManagedObjectNotFound" } });
  });

  test("a task that fails rejects with a TaskError whose fault is typed, and its collector is destroyed too", async () => {
    const from = recorder.exchanges.length;
    // The VM is off (the test above): powering it off again is an InvalidPowerState.
    const task = await client.call("PowerOffVM_Task", { _this: vm });
    const failed = await client.waitForTask(task).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(TaskError);
    const error = failed as TaskError;
    expect(error.fault?._typeName).toBe("InvalidPowerState");
    expect(error.info.state).toBe("error");
    expect(error.message).toContain(`task ${task.value} (`);
    expect(error.message).toContain("InvalidPowerState");
    expect(since(from).at(-1)?.method).toBe("DestroyPropertyCollector");
  });

  test("runTask calls a *_Task method and waits: its task's result typed (a snapshot's reference), or a TaskError", async () => {
    const snapshot: ManagedObjectReference = await client.runTask("CreateSnapshot_Task", {
      _this: vm,
      name: "before-upgrade",
      memory: false,
      quiesce: false,
    });
    expect(snapshot).toMatchObject({ _typeName: "ManagedObjectReference", type: "VirtualMachineSnapshot" });
    // A method whose task reports nothing resolves to undefined; the VM is off, so powering off fails typed.
    const failed = await client.runTask("PowerOffVM_Task", { _this: vm }).then(
      (result: undefined) => result,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(TaskError);
    expect((failed as TaskError).fault?._typeName).toBe("InvalidPowerState");
    // @ts-expect-error runTask takes only methods that start a task.
    await expect(client.runTask("CurrentTime", { _this: vm })).rejects.toBeDefined();
  });

  test("a wait on what is not a task fails as the server says, typed; an aborted wait rejects as aborted", async () => {
    const notATask: ManagedObjectReference = { _typeName: "ManagedObjectReference", type: "Task", value: "task-none" };
    await expect(client.waitForTask(notATask)).rejects.toMatchObject({
      detail: { _typeName: expect.stringMatching(/^(ManagedObjectNotFound|InvalidArgument)$/) as unknown },
    });
    const aborted = new AbortController();
    aborted.abort();
    const task = await client.call("PowerOnVM_Task", { _this: vm });
    const waited = client.waitForTask(task, { signal: aborted.signal });
    await expect(waited).rejects.toBeInstanceOf(VimConnectionError);
    await expect(waited).rejects.toMatchObject({ reason: "aborted" });
  });
});

if (URL_ === undefined)
  test.skip(`vcsim: ${process.env["VSPHERE_TYPEGEN_VCSIM_SKIP"] ?? "not started"}`, () => undefined);
