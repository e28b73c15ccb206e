/**
 * The context of a switch's delivery runbook (`switches/<name>.delivery.md`): back up the
 * running configuration, upload the new startup configuration over SFTP (or TFTP), restart in
 * the maintenance window, check with `carrel drift`. Facts come from the model's delivery
 * facts; the template words them.
 */
import { basename } from "node:path";
import type { SwitchTable } from "../../site/model/ports.ts";
import type { SiteModel } from "../../site/model/site-model.ts";
import { switchDelivery, type MaintenanceWindow } from "../../site/model/switch-delivery.ts";
import { generatedNotice, type SiteStamp } from "../../output/header.ts";
import type { SwitchConfig } from "./switch-config.ts";

/** The runbook's template context. */
export interface DeliveryContext {
  /** The generated-from line (the template's `mdComment` keeps it inside its HTML comment). */
  readonly generated: string;
  readonly name: string;
  readonly label: string;
  readonly productNumber: string | null;
  readonly release: string | null;
  readonly role: string;
  readonly core: boolean;
  readonly location: string | null;
  readonly managementAddress: string;
  readonly managementVlan: { readonly id: number; readonly name: string } | null;
  readonly window: MaintenanceWindow | null;
  /** Paths inside the output folder. */
  readonly files: { readonly config: string; readonly ztp: string; readonly runbook: string };
  /** Networks the switch may be managed from after delivery (`10.20.40.0/24`). */
  readonly managers: readonly string[];
  /** HTTPS management: the switch needs a certificate first. */
  readonly webSsl: boolean;
  /** SNMPv3: its users are typed in after delivery. */
  readonly snmpV3: boolean;
  /** Where the site keeps its passwords (`site.credentials.manager`), if it says. */
  readonly passwordManager: string | null;
  /** Bare file names, as the administrator's laptop holds them. */
  readonly names: {
    readonly config: string;
    readonly ztp: string;
    readonly before: string;
    readonly after: string;
  };
}

/** The runbook context for one switch. */
export function deliveryContext(
  model: SiteModel,
  table: SwitchTable,
  config: SwitchConfig,
  stamp: SiteStamp,
): DeliveryContext {
  const sw = table.switch;
  const facts = switchDelivery(model, table);
  const location = model.site.site.locations.find((l) => l.id === sw.location)?.name ?? null;
  return {
    generated: generatedNotice(stamp).join(" "),
    name: sw.name,
    label: table.model?.label ?? sw.model,
    productNumber: config.identity.productNumber ?? null,
    release: config.identity.release ?? null,
    role: sw.role,
    core: sw.role === "core",
    location,
    managementAddress: facts.managementAddress,
    managementVlan: facts.managementVlan ?? null,
    window: facts.window ?? null,
    files: { config: facts.configFile, ztp: facts.ztpFile, runbook: facts.runbookFile },
    managers: (model.security.switches.get(sw.name)?.managers ?? []).map(
      (m) => `${m.network}/${m.prefix}`,
    ),
    webSsl: config.managementAccess.webSsl,
    snmpV3: config.managementAccess.snmpV3,
    passwordManager: model.site.site.credentials?.manager ?? null,
    names: {
      config: basename(facts.configFile),
      ztp: basename(facts.ztpFile),
      before: `${sw.name}.before.cfg`,
      after: `${sw.name}.after.cfg`,
    },
  };
}
