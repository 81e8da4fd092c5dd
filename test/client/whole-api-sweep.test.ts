/**
 * The whole API (generated/) against vcsim, read as a strict client reads it: every object of the simulator's
 * inventory (through a container view) and every manager of its service content, every property of its type (its
 * inherited ones too), with every decode policy at "reject". Nothing vcsim answers is unknown to the whole API, but
 * what the test names: properties vcsim 0.24 (Debian's govmomi) predates, which it refuses with InvalidProperty, and
 * one answer where vcsim leaves out what the API requires. The catalogue's sweep is in properties.test.ts.
 */
import { DecodeError, PropertyReadError, type ManagedObjectReference, type VimClient } from "../../generated";
import { loadModel } from "../../src/pipeline";
import { BUNDLED_SCHEMAS, REPO } from "../support/helpers";
import { connectStrict } from "./vcsimSweep";
import * as path from "node:path";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_SWEEP"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;

/** What vcsim 0.24 refuses with InvalidProperty: properties newer than it. */
const VCSIM_LACKS: Record<string, readonly string[]> = {
  ComputeResource: ["configManagerEnabled"],
  ClusterComputeResource: ["configManagerEnabled", "summaryEx"],
};

/** Where vcsim's answer leaves out what the API requires: the problems a strict decode reports, each by path. */
const VCSIM_DEVIATES: Record<string, readonly string[]> = {
  // A VMware switch's config without its uplink port policy and default port config, both required by the API.
  "DistributedVirtualSwitch.config": [
    "$.objects[0].propSet[0].val.uplinkPortPolicy required field is missing: expected an object",
    "$.objects[0].propSet[0].val.defaultPortConfig required field is missing: expected an object",
  ],
};

describeVcsim("the whole API against vcsim, nothing unknown", () => {
  const model = loadModel({ schemaDirs: [BUNDLED_SCHEMAS], outDir: path.join(REPO, "generated") });
  const objects = new Map(model.managedObjects.map((mo) => [mo.name, mo]));
  let client: VimClient;
  type Untyped = (type: string, ...rest: unknown[]) => Promise<unknown>;
  const retrieve = (type: string, obj: ManagedObjectReference, paths: readonly string[]): Promise<object> =>
    (client.retrieve as unknown as Untyped).call(client, type, obj, paths) as Promise<object>;
  const pathsOf = (type: string): string[] => {
    const declared = objects.get(type);
    if (declared === undefined) throw new Error(`the whole API declares no managed object type ${type}`);
    return declared.allProperties.map((p) => p.name).filter((p) => !(VCSIM_LACKS[type] ?? []).includes(p));
  };
  /** Reads every property of `ref`; the paths a deviation names are read alone, and their problems returned. */
  const readAll = async (ref: ManagedObjectReference): Promise<string[]> => {
    const deviating = pathsOf(ref.type).filter((p) => `${ref.type}.${p}` in VCSIM_DEVIATES);
    await retrieve(
      ref.type,
      ref,
      pathsOf(ref.type).filter((p) => !deviating.includes(p)),
    );
    const found: string[] = [];
    for (const p of deviating) {
      const error = await retrieve(ref.type, ref, [p]).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!(error instanceof DecodeError)) throw new Error(`${ref.type}.${p} decoded: the named deviation is gone`);
      found.push(`${ref.type}.${p}`, ...error.issues.map((i) => `${i.path} ${i.message}`));
    }
    return found;
  };

  beforeAll(async () => {
    client = await connectStrict(URL_ as string);
  });

  afterAll(async () => {
    await client.logout();
  });

  test("every inventory object, every property of its type", async () => {
    const inventory = await (client.list as unknown as Untyped)("ManagedEntity", []);
    const refs = (inventory as { obj: ManagedObjectReference }[]).map((o) => o.obj);
    const deviations: string[] = [];
    const types = new Set<string>();
    for (const ref of refs) {
      deviations.push(...(await readAll(ref)));
      types.add(ref.type);
    }
    expect([...types].sort()).toEqual([
      "ClusterComputeResource",
      "ComputeResource",
      "Datacenter",
      "Datastore",
      "DistributedVirtualPortgroup",
      "DistributedVirtualSwitch",
      "Folder",
      "HostSystem",
      "Network",
      "ResourcePool",
      "VirtualMachine",
    ]);
    expect(deviations).toEqual(Object.entries(VCSIM_DEVIATES).flatMap(([where, problems]) => [where, ...problems]));
  });

  test("the service instance and every manager of its content, every property", async () => {
    const managers = Object.values(client.serviceContent).filter(
      (v): v is ManagedObjectReference =>
        typeof v === "object" && v !== null && (v as { _typeName?: string })._typeName === "ManagedObjectReference",
    );
    const read: string[] = [];
    for (const ref of [
      { _typeName: "ManagedObjectReference" as const, type: "ServiceInstance", value: "ServiceInstance" },
      ...managers.filter((m) => m.type !== "Folder"),
    ]) {
      expect(await readAll(ref)).toEqual([]);
      read.push(ref.type);
    }
    // The managers vcsim serves: the session's, the collector, the views, events, tasks, alarms, licences, files...
    expect(read.length).toBeGreaterThan(40);
  });

  test("what vcsim predates is refused by name, as InvalidProperty", async () => {
    const inventory = (await (client.list as unknown as Untyped)("ComputeResource", [])) as {
      obj: ManagedObjectReference;
    }[];
    const cluster = inventory.find((o) => o.obj.type === "ClusterComputeResource")?.obj;
    if (cluster === undefined) throw new Error("vcsim has no cluster");
    const refused = await retrieve(
      "ClusterComputeResource",
      cluster,
      VCSIM_LACKS["ClusterComputeResource"] ?? [],
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PropertyReadError);
    expect((refused as PropertyReadError).missing.map((m) => [m.path, m.fault?._typeName])).toEqual([
      ["configManagerEnabled", "InvalidProperty"],
      ["summaryEx", "InvalidProperty"],
    ]);
  });
});
