/**
 * The wires guide's event-function walkthrough (test/veba/handler.ts, shown in docs/guide/wires.md verbatim): a plain node:http server
 * receives the real events of test/fixtures/cloudevents over HTTP, in structured and in binary mode, and answers
 * with what it did, or 400 with the problems of a broken event.
 */
import * as fs from "node:fs";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { server } from "../veba/handler";
import { FIXTURES, REPO } from "../support/helpers";

const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, "cloudevents", name), "utf8");
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function post(headers: Record<string, string>, body: string): Promise<[number, string]> {
  const response = await fetch(base, { method: "POST", headers, body });
  return [response.status, await response.text()];
}

const binary = (type: string, eventclass = "event"): Record<string, string> => ({
  "ce-specversion": "1.0",
  "ce-id": "b-1",
  "ce-source": "https://vcenter.local/sdk",
  "ce-type": type,
  "ce-eventclass": eventclass,
  "content-type": "application/json",
});
const STRUCTURED = { "content-type": "application/cloudevents+json" };

test("the wires guide shows the handler as it is tested", () => {
  const readme = fs.readFileSync(path.join(REPO, "docs", "guide", "wires.md"), "utf8");
  const source = fs.readFileSync(path.join(REPO, "test/veba/handler.ts"), "utf8");
  expect(readme).toContain(source.replace('from "../catalogue"', 'from "./generated"'));
});

test("a VmPoweredOnEvent subtype in structured mode (newer envelope)", async () => {
  expect(await post(STRUCTURED, read("veba-kn-py-vm-attr-DrsVmPoweredOnEvent-cloudevent-v2.json"))).toEqual([
    200,
    "42516969-218a-406f-9ccc-db387befc4bf: TestVM powered on on esxi1.local at 2021-05-04T07:33:32.759Z",
  ]);
});

test("a TaskEvent in binary mode", async () => {
  expect(await post(binary("com.vmware.vsphere.TaskEvent.v0"), read("veba-kn-ps-twilio-TaskEvent.json"))).toEqual([
    200,
    "b-1: task VirtualMachine.createSnapshot (queued) on Ubuntu-18.04",
  ]);
});

test("EventEx in both modes", async () => {
  const [status, text] = await post(
    STRUCTURED,
    read("veba-prefilter-unit_tests-L19-EventEx-ResourceExhaustionStatusChanged-cloudevent.json"),
  );
  expect(status).toBe(200);
  expect(text).toBe(
    '0707d7e0-269f-42e7-ae1c-18458ecabf3d: vim.event.ResourceExhaustionStatusChangedEvent resourceName={"_typeName":"string","_value":"storage_util_filesystem_log"} oldStatus={"_typeName":"string","_value":"yellow"} newStatus={"_typeName":"string","_value":"green"} reason={"_typeName":"string","_value":" "} nodeType={"_typeName":"string","_value":"vcenter"} _sourcehost_={"_typeName":"string","_value":"vcsa.lab"}',
  );
  const ha = binary("com.vmware.vsphere.com.vmware.vc.HA.ClusterFailoverActionCompletedEvent.v0", "eventex");
  expect(await post(ha, read("veba-kn-pcli-ha-EventEx-ClusterFailoverActionCompleted.json"))).toEqual([
    200,
    "b-1: com.vmware.vc.HA.ClusterFailoverActionCompletedEvent",
  ]);
});

test("other events reach the default branch with their own type", async () => {
  expect(await post(STRUCTURED, read("veba-prefilter-unit_tests-L17-UserLogoutSessionEvent-cloudevent.json"))).toEqual([
    200,
    expect.stringMatching(/^17e1027a-c865-4354-9c21-e8da3df4bff9: UserLogoutSessionEvent: User machine/),
  ]);
  const [status, text] = await post(
    binary("com.vmware.vsphere.VmPoweredOffEvent.v0"),
    read("sources-for-knative-README-VmPoweredOffEvent-vcsim.json"),
  );
  expect([status, text]).toEqual([200, "b-1: VmPoweredOffEvent: DC0_H0_VM0 on DC0_H0 in DC0 is powered off"]);
});

test("a broken event is a 400 with every problem and its path", async () => {
  const body = read("veba-kn-ps-twilio-TaskEvent.json").replace('"Key": 4671568', '"Key": "4671568"');
  const [status, text] = await post({ ...binary("com.vmware.vsphere.TaskEvent.v0"), "ce-id": "" }, body);
  expect(status).toBe(400);
  expect((JSON.parse(text) as { path: string }[]).map((i) => i.path)).toEqual(['headers["ce-id"]', "$.Key"]);
});
