/**
 * Typed names: text whose form is fixed by where it goes. DNS names (the site's domain),
 * names used in file names (VDI pools), e-mail addresses, and the names Azure and vSphere
 * accept. Each is a `text` field with a form check, so the message says what is wrong in
 * plain words at the value's line. Host names (RFC 1123 labels) are checked by rule R3.
 */
import { line, quoteValue, shown, type TextLimits } from "./text.ts";

/** The problem with a DNS name (LDH labels of 1-63, at most 253 in all), or undefined. */
export function dnsNameProblem(name: string, underscores = false): string | undefined {
  const bare = name.endsWith(".") ? name.slice(0, -1) : name;
  const q = quoteValue(name);
  if (bare === "") return `${q} is not a DNS name; write one like library.org`;
  if (bare.length > 253)
    return `is ${bare.length} characters long, but a DNS name takes at most 253`;
  const labels = bare.split(".");
  for (const label of labels) {
    if (label === "")
      return `${q} is not a DNS name: it has an empty part (two dots in a row, or a dot at the start)`;
    if (label.length > 63)
      return `${q} is not a DNS name: the part ${quoteValue(label)} is ${label.length} characters long, and each part takes at most 63`;
    const bad = label.replace(underscores ? /[A-Za-z0-9_-]/g : /[A-Za-z0-9-]/g, "");
    if (bad !== "")
      return `${q} is not a DNS name: each part between dots may only use letters, digits${underscores ? ", hyphens and underscores" : " and hyphens"} (found ${shown([...bad][0]!)})`;
    if (label.startsWith("-") || label.endsWith("-"))
      return `${q} is not a DNS name: the part '${label}' starts or ends with a hyphen`;
  }
  if (/^\d+$/.test(labels[labels.length - 1]!))
    return `${q} is not a DNS name: its last part is all digits, which reads as an address`;
  return undefined;
}

/** A DNS name: the site's domain, a VLAN's DHCP domain. */
export function dnsName(limits: Omit<TextLimits, "max" | "form"> = {}) {
  return line(253, { min: 1, what: "a DNS name", ...limits, form: dnsNameProblem });
}

/**
 * A name a record points at (a CNAME's or MX's target, a DKIM key): as a DNS name, with
 * underscores allowed in its parts (`selector1._domainkey.example.com`).
 */
export function dnsTarget(limits: Omit<TextLimits, "max" | "form"> = {}) {
  return line(253, {
    min: 1,
    what: "a DNS name",
    ...limits,
    form: (v) => dnsNameProblem(v, true),
  });
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** A server named by a DNS name or an IPv4 address (vCenter). */
export function dnsNameOrAddress(limits: Omit<TextLimits, "max" | "form"> = {}) {
  return line(253, {
    min: 1,
    what: "a server name",
    ...limits,
    form: (v) => (IPV4.test(v) ? undefined : dnsNameProblem(v)),
  });
}

/** Windows refuses these as file names, whatever follows the dot. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** The problem with a name used as a file name on any system, or undefined. */
export function fileNameProblem(name: string): string | undefined {
  const q = quoteValue(name);
  const bad = name.replace(/[A-Za-z0-9._-]/g, "");
  if (bad !== "")
    return `${q} also names a file, so it may only use letters, digits, '-', '_' and '.' (found ${shown([...bad][0]!)})`;
  if (!/^[A-Za-z0-9]/.test(name))
    return `${q} also names a file, so it must start with a letter or a digit`;
  if (name.endsWith(".")) return `${q} also names a file, so it cannot end with a dot`;
  if (WINDOWS_DEVICE.test(name))
    return `${q} also names a file, and Windows reserves that name for a device; choose another`;
  return undefined;
}

/** A name that is also a file name: letters, digits, `-`, `_`, `.`; at most `max`. */
export function fileName(max: number, limits: Omit<TextLimits, "max" | "form"> = {}) {
  return line(max, { min: 1, ...limits, form: fileNameProblem });
}

/**
 * The problem with a name other entries refer to and outputs use as an identifier (a VLAN:
 * switch VLAN names, ACL names, port groups, DHCP scopes), or undefined.
 */
export function identifierProblem(name: string): string | undefined {
  const bad = name.replace(/[A-Za-z0-9_-]/g, "");
  const q = quoteValue(name);
  if (bad !== "")
    return `${q} is used as an identifier in the configurations, so it may only use letters, digits, '-' and '_' (found ${shown([...bad][0]!)}); longer wording goes in the description`;
  if (!/^[A-Za-z0-9]/.test(name)) return `${q} must start with a letter or a digit`;
  return undefined;
}

/** A name used as an identifier: letters, digits, `-` and `_`; at most `max`. */
export function identifier(max: number, limits: Omit<TextLimits, "max" | "form"> = {}) {
  return line(max, { min: 1, ...limits, form: identifierProblem });
}

/** An e-mail address: one @, no spaces, a dotted domain (only links are made of it). */
const EMAIL =
  /^[^\s@<>()[\],;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** An e-mail address of a contact or vendor. */
export function email() {
  return line(254, {
    what: "an e-mail address",
    form: (v) =>
      EMAIL.test(v)
        ? undefined
        : `${quoteValue(v)} is not an e-mail address (like help@library.org)`,
  });
}

/** An Azure region's name as the Azure CLI writes it: `eastus`. */
export function azureRegion() {
  return line(40, {
    min: 1,
    what: "an Azure region",
    form: (v) =>
      /^[a-z][a-z0-9]*$/.test(v)
        ? undefined
        : `${quoteValue(v)} is not an Azure region name; write it as the Azure CLI does, like eastus`,
  });
}

/** An Azure resource group: letters, digits, `_ - . ( )`, 1-90, not ending in a dot. */
export function azureResourceGroup() {
  return line(90, {
    min: 1,
    what: "a resource group name",
    why: "Azure's limit",
    form: (v) =>
      /^[A-Za-z0-9_.()-]+$/.test(v) && !v.endsWith(".")
        ? undefined
        : `${quoteValue(v)} is not a resource group name Azure accepts: use letters, digits, '-', '_', '.', '(' and ')', not ending with a dot`,
  });
}

/** An Azure blob container: 3-63 lower-case letters, digits and single hyphens. */
export function azureContainer() {
  return line(63, {
    min: 1,
    what: "a container name",
    why: "Azure's limit",
    form: (v) =>
      /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/.test(v)
        ? undefined
        : `${quoteValue(v)} is not a container name Azure accepts: 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit, no two hyphens in a row`,
  });
}

/** Characters Active Directory refuses in an account name (pre-Windows 2000 name). */
const AD_REFUSED = '"/\\[]:;|=,+*?<>@';

/** A directory group: an Entra ID group, and the Active Directory group Horizon entitles. */
export function groupName() {
  return line(64, {
    min: 1,
    what: "a group name",
    why: "the longest Active Directory account name",
    refuse: {
      chars: AD_REFUSED,
      why: `Active Directory does not allow in a group's name (none of ${AD_REFUSED})`,
    },
  });
}

/**
 * The problem with a VM folder path below the datacenter's VM folder (`Servers` or
 * `Infrastructure/Domain`: vCenter nests folders, and the provider creates a nested one by
 * its path), or undefined. Each part is a folder name; `.`, `..` and empty parts are refused.
 */
export function folderPathProblem(path: string): string | undefined {
  const q = quoteValue(path);
  if (path.includes("\\"))
    return `${q} holds '\\'; folders are nested with '/', like Servers/Linux`;
  for (const part of path.split("/")) {
    if (part.trim() === "")
      return `${q} has an empty folder name (a '/' at the start or end, or two in a row)`;
    if (part === "." || part === "..") return `${q} holds '${part}', which is not a folder name`;
    if (part.length > 80)
      return `${q} has a folder name of ${part.length} characters; vCenter takes at most 80`;
  }
  return undefined;
}

/** A VM folder, nested with `/`: every part a vCenter name. */
export function folderPath() {
  return line(255, { min: 1, what: "a folder path", form: folderPathProblem });
}

/** A vCenter inventory name (datacenter, cluster, datastore, folder, template). */
export function vsphereName(limits: Omit<TextLimits, "max"> = {}) {
  return line(80, { min: 1, why: "vCenter's limit for inventory names", ...limits });
}

/**
 * The problem with a web address (a service's public or admin page), or undefined: an
 * `http://` or `https://` URL with a host, and no user name or password in it (a password
 * never belongs in site.yaml, not even inside a link).
 */
export function webAddressProblem(value: string): string | undefined {
  const q = quoteValue(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${q} is not a web address; write it in full, like https://www.library.org/`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return `${q} is not a web address: it must start with https:// (or http://)`;
  if (url.hostname === "") return `${q} is not a web address: it names no server`;
  if (url.username !== "" || url.password !== "")
    return `${q} holds a user name or password; write only the address, and keep the account in the password manager`;
  if (/\s/.test(value)) return `${q} holds a space; a web address has none (write %20)`;
  return undefined;
}

/** A web address: `https://www.rbpl.org/`. */
export function webAddress() {
  return line(2048, { min: 1, what: "a web address", form: webAddressProblem });
}

/** One label of a name in a public zone: letters, digits, hyphens and underscores (`_dmarc`). */
const ZONE_LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?$/;

/**
 * The problem with a name relative to a zone (`www`, `selector1._domainkey`, `*` first for a
 * wildcard), or undefined. `allowApex` accepts `@`, the zone's own name.
 */
export function zoneRelativeProblem(value: string, allowApex: boolean): string | undefined {
  const q = quoteValue(value);
  if (value === "@") return allowApex ? undefined : `${q} stands for the zone itself; write a name`;
  if (value.endsWith("."))
    return `${q} ends with a dot; write the name relative to the domain (www, not www.library.org.)`;
  if (value.length > 253)
    return `is ${value.length} characters long, but a DNS name takes at most 253`;
  const labels = value.split(".");
  for (const [i, label] of labels.entries()) {
    if (label === "")
      return `${q} has an empty part (two dots in a row, or a dot at the start or end)`;
    if (label === "*" && i === 0) continue;
    if (label.length > 63)
      return `${q} has a part of ${label.length} characters; each part between dots takes at most 63`;
    if (!ZONE_LABEL.test(label)) {
      const bad = label.replace(/[A-Za-z0-9_-]/g, "");
      return bad === ""
        ? `${q} has a part that starts or ends with a hyphen ('${label}')`
        : `${q} may only use letters, digits, hyphens and underscores between its dots (found ${shown([...bad][0]!)})`;
    }
  }
  return undefined;
}

/** A record's name in a public zone: `@` for the domain itself, or a relative name. */
export function zoneRecordName() {
  return line(253, {
    min: 1,
    what: "a record name",
    form: (v) => zoneRelativeProblem(v, true),
  });
}

/** A DKIM selector: the name before `._domainkey` (`selector1`, `k2`). */
export function dkimSelector() {
  return line(63, {
    min: 1,
    what: "a DKIM selector",
    form: (v) => zoneRelativeProblem(v, false),
  });
}
