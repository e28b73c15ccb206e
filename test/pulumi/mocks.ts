/**
 * Running the real program under `pulumi.runtime.setMocks`, for tests and the benchmark:
 * a fake vCenter, Entra ID and Azure that answer lookups and echo inputs back as state,
 * and a recording of every registration (URN, type, name, inputs as sent, with secrets
 * still marked) and every provider function call.
 */
import * as pulumi from "@pulumi/pulumi";
import { MockMonitor } from "@pulumi/pulumi/runtime/mocks.js";
import type { ValidateOptions } from "../../src/site/validate.ts";
import { carrelProgram } from "../../src/pulumi/program.ts";
import { CONFIG_KEYS, CONFIG_NAMESPACE, SECRET_KEYS } from "../../src/pulumi/settings.ts";

/** The marker Pulumi's wire format puts on a secret value. */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const SIG_KEY = "4dabf18193072939515e22adb298388d";

/** One resource registration as the engine would receive it. */
export interface Registration {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  readonly parent: string;
  /** The provider reference (`urn::id`), for custom resources. */
  readonly provider: string;
  /** The provider plugin version the resource asks for ("" when none). */
  readonly version: string;
  /** Inputs as plain values (secrets unwrapped). */
  readonly inputs: Record<string, unknown>;
  /** Inputs in wire form: secrets are `{ <sig>: SECRET_SIG, value }` objects. */
  readonly wire: Record<string, unknown>;
  /** The `import` option: the ID of an existing resource to adopt ("" when none). */
  readonly importId: string;
  /** The `ignoreChanges` option. */
  readonly ignoreChanges: readonly string[];
  /** The `retainOnDelete` option. */
  readonly retainOnDelete: boolean;
}

/** One provider function call. */
export interface Call {
  readonly token: string;
  readonly inputs: Record<string, unknown>;
  readonly provider: string;
  readonly version: string;
}

/** What a run registered and returned. */
export interface MockRun {
  readonly registrations: readonly Registration[];
  readonly calls: readonly Call[];
  /** The stack outputs, when the program finished. */
  readonly outputs: Record<string, unknown> | undefined;
  /** What stopped the program, if anything. */
  readonly error: unknown;
  /** Warnings the program logged, one entry per `pulumi.log.warn`. */
  readonly warnings: readonly string[];
}

/** Stack config a test stack uses: plain settings and (fake, recognisable) secrets. */
export const MOCK_CONFIG: Readonly<Record<string, string>> = {
  [CONFIG_KEYS.vsphereUser]: "svc-carrel@vsphere.local",
  [CONFIG_KEYS.vsphereAllowUnverifiedSsl]: "true",
  [CONFIG_KEYS.domainJoinUser]: "svc-domainjoin",
  [CONFIG_KEYS.azureSubscriptionId]: "00000000-0000-0000-0000-000000000001",
  [CONFIG_KEYS.azureTenantId]: "00000000-0000-0000-0000-000000000002",
  [CONFIG_KEYS.entraTenantId]: "00000000-0000-0000-0000-000000000002",
  [CONFIG_KEYS.vspherePassword]: "vc-Secret-7f3a9c!",
  [CONFIG_KEYS.domainJoinPassword]: "dj-Secret-41b8e2!",
  [CONFIG_KEYS.vpnSharedKey]: "psk-Secret-c09d5e!",
};

/** The secret values in `MOCK_CONFIG`. */
export const MOCK_SECRETS: readonly string[] = SECRET_KEYS.map((k) => MOCK_CONFIG[k]!);

/** The name each azure-native resource takes its Azure name from. */
const AZURE_NAME_INPUT: Record<string, string> = {
  "azure-native:resources:ResourceGroup": "resourceGroupName",
  "azure-native:storage:StorageAccount": "accountName",
  "azure-native:storage:BlobContainer": "containerName",
  "azure-native:storage:BlobContainerImmutabilityPolicy": "immutabilityPolicyName",
  "azure-native:storage:ManagementPolicy": "managementPolicyName",
  "azure-native:operationalinsights:Workspace": "workspaceName",
  "azure-native:network:VirtualNetwork": "virtualNetworkName",
  "azure-native:network:Subnet": "subnetName",
  "azure-native:network:PublicIPAddress": "publicIpAddressName",
  "azure-native:network:VirtualNetworkGateway": "virtualNetworkGatewayName",
  "azure-native:network:LocalNetworkGateway": "localNetworkGatewayName",
  "azure-native:network:VirtualNetworkGatewayConnection": "virtualNetworkGatewayConnectionName",
  "azure-native:dns:Zone": "zoneName",
  "azure-native:dns:RecordSet": "relativeRecordSetName",
};

/** The UUID the fake vCenter gives a VM registered under `name`. */
export function mockVmId(name: string): string {
  return `4230${hex(name)}`;
}

/** The object id the fake Entra ID gives a group registered under `name`. */
export function mockGroupId(name: string): string {
  return `group-${hex(name)}`;
}

/** The object id the fake Entra ID gives the user with this principal name. */
export function mockUserId(upn: string): string {
  return `user-${hex(upn)}`;
}

/**
 * What the fake vCenter holds, by name. Undefined (the default): every name exists. A
 * lookup of a name not listed fails as the vsphere provider does ("... not found").
 */
export interface MockVcenter {
  readonly datacenters: readonly string[];
  readonly clusters: readonly string[];
  readonly datastores: readonly string[];
  readonly switches: readonly string[];
  /** VMs and templates. */
  readonly vms: readonly string[];
  /** When set, every lookup fails with this (vCenter unreachable, login refused). */
  readonly failure?: string;
}

/** A fake template: Windows templates are named `*win*`. */
export function mockTemplate(name: string) {
  const windows = /win/i.test(name);
  return {
    id: `4217${hex(name)}`,
    uuid: `4217${hex(name)}`,
    name,
    guestId: windows ? "windows2019srvNext_64Guest" : "ubuntu64Guest",
    scsiType: "pvscsi",
    firmware: "efi",
    disks: [
      { label: "Hard disk 1", size: 60, unitNumber: 0, thinProvisioned: true, eagerlyScrub: false },
    ],
    networkInterfaceTypes: ["vmxnet3"],
  };
}

function hex(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** The fake platforms: lookups answer from names, new resources echo their inputs. */
export function carrelMocks(vcenter?: MockVcenter): pulumi.runtime.Mocks {
  return {
    newResource(args) {
      const state: Record<string, unknown> = { ...args.inputs };
      const azureName = AZURE_NAME_INPUT[args.type];
      if (azureName) state.name = args.inputs[azureName] ?? args.name;
      switch (args.type) {
        case "azuread:index/group:Group":
          state.objectId = mockGroupId(args.name);
          break;
        case "azure-native:storage:StorageAccount":
          state.primaryEndpoints = { blob: `https://${String(state.name)}.blob.core.windows.net/` };
          break;
        case "azure-native:network:PublicIPAddress":
          state.ipAddress = "198.51.100.24";
          break;
        case "azure-native:dns:Zone":
          state.nameServers = [1, 2, 3, 4].map((n) => `ns${n}-07.azure-dns.example.`);
          break;
        case "vsphere:index/virtualMachine:VirtualMachine":
          state.uuid = mockVmId(args.name);
          state.moid = `vm-${hex(args.name)}`;
          break;
      }
      const id = args.custom === false ? undefined : `${args.name}-id`;
      return {
        id:
          args.type === "vsphere:index/virtualMachine:VirtualMachine" ? (state.uuid as string) : id,
        state,
      };
    },
    call(args) {
      const name = String(args.inputs.name ?? "");
      // The provider's own words for a name it cannot find.
      // The engine hands a provider's error to the SDK as gRPC `details`, as here.
      const fail = (message: string) => {
        throw Object.assign(new Error(message), { details: message });
      };
      if (vcenter?.failure && args.token.startsWith("vsphere:")) fail(vcenter.failure);
      const need = (list: readonly string[] | undefined, what: string) => {
        if (list && !list.includes(name))
          fail(`error fetching ${what}: ${what} '${name}' not found`);
      };
      switch (args.token) {
        case "vsphere:index/getDatacenter:getDatacenter":
          need(vcenter?.datacenters, "datacenter");
          return { id: "datacenter-3", name, virtualMachines: [...(vcenter?.vms ?? [])] };
        case "vsphere:index/getComputeCluster:getComputeCluster":
          need(vcenter?.clusters, "cluster");
          return {
            id: "domain-c8",
            name,
            resourcePoolId: "resgroup-9",
            datacenterId: "datacenter-3",
          };
        case "vsphere:index/getDatastore:getDatastore":
          need(vcenter?.datastores, "datastore");
          return { id: "datastore-12", name, datacenterId: "datacenter-3" };
        case "vsphere:index/getDistributedVirtualSwitch:getDistributedVirtualSwitch":
          need(vcenter?.switches, "distributed switch");
          return { id: "50 1d 6e 2a dvs", name, uplinks: ["uplink1", "uplink2"] };
        case "vsphere:index/getVirtualMachine:getVirtualMachine":
          need(vcenter?.vms, "vm");
          return mockTemplate(name);
        case "azuread:index/getUser:getUser": {
          const upn = String(args.inputs.userPrincipalName);
          return { id: mockUserId(upn), objectId: mockUserId(upn), userPrincipalName: upn };
        }
        default:
          throw new Error(`no mock for function ${args.token}`);
      }
    },
  };
}

type Callback = (err: unknown, response: unknown) => void;
interface RegisterRequest {
  getImportid(): string;
  getIgnorechangesList(): string[];
  getRetainondelete(): boolean | undefined;
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProvider(): string;
  getVersion(): string;
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
}
interface InvokeRequest {
  getTok(): string;
  getProvider(): string;
  getVersion(): string;
  getArgs(): { toJavaScript(): Record<string, unknown> } | undefined;
}

/** A mock monitor that also records what it is sent. */
class RecordingMonitor extends MockMonitor {
  readonly registrations: Registration[] = [];
  readonly calls: Call[] = [];

  override registerResource(req: RegisterRequest, callback: Callback): Promise<void> {
    const wire = req.getObject()?.toJavaScript() ?? {};
    return super.registerResource(req, (err: unknown, response: unknown) => {
      if (!err) {
        const urn = (response as { getUrn(): string }).getUrn();
        this.registrations.push({
          urn,
          type: req.getType(),
          name: req.getName(),
          custom: req.getCustom(),
          parent: req.getParent(),
          provider: req.getProvider(),
          version: req.getVersion(),
          inputs: unwrapSecrets(wire) as Record<string, unknown>,
          wire,
          importId: req.getImportid(),
          ignoreChanges: req.getIgnorechangesList(),
          retainOnDelete: req.getRetainondelete() ?? false,
        });
      }
      callback(err, response);
    });
  }

  override invoke(req: InvokeRequest, callback: Callback): Promise<void> {
    const args = req.getArgs()?.toJavaScript() ?? {};
    if (req.getTok() !== "pulumi:pulumi:getResource")
      this.calls.push({
        token: req.getTok(),
        inputs: args,
        provider: req.getProvider(),
        version: req.getVersion(),
      });
    return super.invoke(req, callback);
  }
}

/** Replaces secret wrappers by their values. */
export function unwrapSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (obj[SIG_KEY] === SECRET_SIG) return unwrapSecrets(obj.value);
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, unwrapSecrets(v)]));
  }
  return value;
}

/** Removes secret-wrapped values, leaving what would be stored and shown in plain text. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (obj[SIG_KEY] === SECRET_SIG) return "[secret]";
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, withoutSecrets(v)]));
  }
  return value;
}

/** What to run. */
export interface MockRunOptions {
  /** The site file (config `carrel:site`); read from disk unless `siteText` is given. */
  readonly siteFile?: string;
  /** Site text, labelled with `siteFile`. */
  readonly siteText?: string;
  /** Stack config without the `carrel:` prefix. @default MOCK_CONFIG */
  readonly config?: Readonly<Record<string, string>>;
  /** Validation options (tests pin the date). */
  readonly validate?: ValidateOptions;
  /** The stack's imports file text (what already exists, to adopt). */
  readonly importsText?: string;
  /** What the fake vCenter holds. @default every name exists */
  readonly vcenter?: MockVcenter;
}

/**
 * Runs `body` as a Pulumi program under mocks with the given stack config (keys without
 * the `carrel:` prefix) and returns what it registered. Each run starts from fresh
 * runtime settings, so runs in one process do not see each other.
 */
export async function runUnderMocks(
  body: () => Promise<object | void>,
  config: Readonly<Record<string, string>> = MOCK_CONFIG,
  vcenter?: MockVcenter,
): Promise<MockRun> {
  const monitor = new RecordingMonitor(carrelMocks(vcenter));
  pulumi.runtime.setMockOptions(monitor, "carrel", "test", false);
  pulumi.runtime.setAllConfig(
    Object.fromEntries(Object.entries(config).map(([k, v]) => [`${CONFIG_NAMESPACE}:${k}`, v])),
    SECRET_KEYS.map((k) => `${CONFIG_NAMESPACE}:${k}`),
  );
  let outputs: Record<string, unknown> | undefined;
  let error: unknown;
  // Without an engine, pulumi.log.warn writes to console.warn; collect what it says.
  const warnings: string[] = [];
  const consoleWarn = console.warn;
  // It still reaches whatever console.warn was (a test's spy), as before.
  console.warn = (...args: unknown[]) => {
    warnings.push(
      args
        .map(String)
        .join(" ")
        .replace(/^warning: \[runtime\] /, ""),
    );
    consoleWarn(...args);
  };
  // The SDK records a stack trace on each of its internal promises, a debugging aid for
  // leaked promises. Under a test runner's source-map support that costs more than all
  // the rest of the run, so runs under mocks capture no stack frames.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // The program's own error is caught inside the stack, as the Pulumi CLI would report
    // it, so that it does not also surface as an unhandled rejection of the stack.
    const stackOutputs = await pulumi.runtime.runInPulumiStack(async () => {
      try {
        return (await body()) ?? {};
      } catch (err) {
        error = err;
        return {};
      }
    });
    if (error === undefined) outputs = stackOutputs;
  } catch (err) {
    error = err;
  }
  try {
    // Wait for every registration still in flight, then drop the mock monitor.
    await pulumi.runtime.disconnect();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    console.warn = consoleWarn;
  }
  return { registrations: monitor.registrations, calls: monitor.calls, outputs, error, warnings };
}

/** Runs the real program under mocks and returns what it registered. */
export async function runProgramUnderMocks(options: MockRunOptions = {}): Promise<MockRun> {
  const config = { ...(options.config ?? MOCK_CONFIG) };
  if (options.siteFile !== undefined) config[CONFIG_KEYS.site] = options.siteFile;
  return runUnderMocks(
    () =>
      carrelProgram({
        siteText: options.siteText,
        importsText: options.importsText,
        validate: options.validate,
      }),
    config,
    options.vcenter,
  );
}

/**
 * Registers the resources of a site under mocks and times it (for `npm run bench`).
 * Throws when the program fails.
 */
export async function registerSiteUnderMocks(
  siteText: string,
  file = "site.yaml",
): Promise<{ resources: number; calls: number; ms: number }> {
  const start = performance.now();
  const run = await runProgramUnderMocks({ siteFile: file, siteText });
  const ms = performance.now() - start;
  if (run.error !== undefined) throw run.error;
  return { resources: run.registrations.length, calls: run.calls.length, ms };
}
