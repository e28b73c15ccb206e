/** DHCP options for the renderers: the site's catalogue, with problems raised as render errors. */
import { checkDhcpOption, type DhcpOptionValue } from "../../site/dhcp/options.ts";
import { DhcpConfigError } from "./errors.ts";

export {
  DHCP_OPTIONS,
  type DhcpOptionKind,
  type DhcpOptionSpec,
  type DhcpOptionValue,
} from "../../site/dhcp/options.ts";

/** Looks up and checks one `dhcp.options` entry of a VLAN; throws what the validator reports. */
export function dhcpOption(
  vlan: string,
  name: string,
  raw: Parameters<typeof checkDhcpOption>[2],
): DhcpOptionValue {
  const checked = checkDhcpOption(vlan, name, raw);
  if (!checked.ok) throw new DhcpConfigError(checked.message);
  return checked.value;
}
