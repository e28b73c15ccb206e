/**
 * The switch-related pieces of the site.yaml schema: the software release (`firmware:`), the
 * facts a declared model needs for a configuration header, and the flows an isolated VLAN
 * still needs (`allow:`). `schema.ts` places them; their cross-field checks live
 * in `rules/` (switch-firmware, isolation-allows, R16).
 */
import { z } from "zod";
import { line, multiline } from "./text.ts";
import { FAMILY_PATTERN, PRODUCT_NUMBER_PATTERN, RELEASE_PATTERN } from "./switching/firmware.ts";

const quoted = (input: unknown) =>
  typeof input === "string" ? `'${input}'` : (JSON.stringify(input) ?? String(input));

/** An ArubaOS-Switch release, `WC.16.11.0025`. */
export const firmwareRelease = z
  .string()
  .regex(RELEASE_PATTERN, {
    error: (iss) =>
      `${quoted(iss.input)} is not an ArubaOS-Switch release; write it as 'show version' prints it (like WC.16.11.0025)`,
  })
  .meta({
    description:
      "ArubaOS-Switch release the switch runs, as 'show version' prints it, e.g. WC.16.11.0025. Default: the newest release Carrel knows for the model's family (WC.16.11.0025 for the 2930F, YC.16.11.0029 for the 2540, YA.16.11.0029 for the 2530)",
  });

/** An HPE product number, `JL256A`. */
export const productNumber = z
  .string()
  .refine((text) => PRODUCT_NUMBER_PATTERN.test(text.toUpperCase()), {
    error: (iss) =>
      `${quoted(iss.input)} is not an HPE product number; copy it from the switch's label or 'show system' (like JL256A)`,
  })
  .meta({
    description:
      "HPE product number (J-number) of the model, e.g. JL256A: the first line of its configuration files names it",
  });

/** A software family code, `WC`. */
export const firmwareFamily = z
  .string()
  .regex(FAMILY_PATTERN, {
    error: (iss) =>
      `${quoted(iss.input)} is not a software family; use the two letters that start its releases (like WC)`,
  })
  .meta({ description: "Software family: the two letters its releases start with, e.g. WC" });

/** What a declared model can do as a core switch. */
export const switchCapabilities = z
  .strictObject({
    routing: z.boolean().optional().meta({ description: "Routes between VLANs (ip routing)" }),
    dhcpRelay: z
      .boolean()
      .optional()
      .meta({ description: "Relays DHCP to another VLAN (ip helper-address)" }),
    routedAcl: z
      .boolean()
      .optional()
      .meta({ description: "Filters routed traffic with VLAN access lists" }),
  })
  .meta({ description: "What the model can do as a core switch; each defaults to true" });

const peerNames = z
  .union([line(100, { min: 1 }), z.array(line(100, { min: 1 })).min(1)])
  .meta({ description: "A machine (host, VM, reservation) or a VLAN, or a list of them" });

const portValue = z.union([z.number(), line(20)]);

/** One flow an isolated VLAN still needs. */
export const vlanAllow = z
  .strictObject({
    to: peerNames
      .optional()
      .meta({ description: "Machines or VLANs that devices on this VLAN connect to" }),
    from: peerNames
      .optional()
      .meta({ description: "Machines or VLANs that connect to devices on this VLAN" }),
    protocol: z.enum(["tcp", "udp", "icmp"]),
    ports: z
      .union([portValue, z.array(portValue).min(1)])
      .optional()
      .meta({
        description:
          "Ports of the side that answers: 445, a range like 49152-65535, or a list; none for icmp",
      }),
    description: multiline(1000).optional(),
  })
  .meta({
    description:
      "A connection an isolated VLAN still needs; the switch lets it and its replies through",
  });
