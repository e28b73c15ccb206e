/**
 * Rules R16-R33: switching; vSphere, directory and Azure; inventory and operations; then the
 * services, the public zone (SPF, DMARC) and the meeting rooms.
 */
import { dmarcRule } from "./dmarc.ts";
import { isolationAllows } from "./isolation-allows.ts";
import { publicDnsRecords } from "./public-dns-records.ts";
import { r16SwitchModel } from "./r16-switch-model.ts";
import { r17PortOnce } from "./r17-port-once.ts";
import { r18PortVlans } from "./r18-port-vlans.ts";
import { r19Lag } from "./r19-lag.ts";
import { r20Links } from "./r20-links.ts";
import { r21CoreReach } from "./r21-core-reach.ts";
import { r22Poe } from "./r22-poe.ts";
import { r32ManagementAddress } from "./r32-management-address.ts";
import { r23VsphereRefs } from "./r23-vsphere-refs.ts";
import { r24VmSizes } from "./r24-vm-sizes.ts";
import { r25AntiAffinity } from "./r25-anti-affinity.ts";
import { r26Groups } from "./r26-groups.ts";
import { r27Azure } from "./r27-azure.ts";
import { r28Retention } from "./r28-retention.ts";
import { r29Inventory } from "./r29-inventory.ts";
import { r30BackupCoverage } from "./r30-backup-coverage.ts";
import { r31Runbooks } from "./r31-runbooks.ts";
import { r33UpstreamRequired } from "./r33-upstream-required.ts";
import { roomsRule } from "./rooms.ts";
import type { Rule } from "./rule.ts";
import { securityRule } from "./security.ts";
import { servicesRule } from "./services.ts";
import { spfRule } from "./spf.ts";
import { switchClockRule } from "./switch-clock.ts";
import { switchFirmware } from "./switch-firmware.ts";
import { templatesFolder } from "./templates-folder.ts";

/**
 * The rules R16-R33, in the spec's order, with the switching guards next to R16-R22; then
 * the rules of the sections the spec does not number (services, public DNS, rooms).
 */
export const LATER_RULES: readonly Rule[] = [
  r16SwitchModel,
  r17PortOnce,
  r18PortVlans,
  r19Lag,
  r20Links,
  r21CoreReach,
  r22Poe,
  r32ManagementAddress,
  switchFirmware,
  switchClockRule,
  isolationAllows,
  r23VsphereRefs,
  r24VmSizes,
  r25AntiAffinity,
  r26Groups,
  r27Azure,
  r28Retention,
  r29Inventory,
  r30BackupCoverage,
  r31Runbooks,
  templatesFolder,
  r33UpstreamRequired,
  securityRule,
  servicesRule,
  publicDnsRecords,
  spfRule,
  dmarcRule,
  roomsRule,
];
