/** Small pieces of wording shared by the rules' messages. */
import { formatPortList } from "../switching/ports.ts";

/** `port 5` or `ports 5-8,10`. */
export function portsPhrase(ports: readonly number[]): string {
  return `${ports.length === 1 ? "port" : "ports"} ${formatPortList(ports)}`;
}

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`. */
export function quotedList(names: readonly string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
