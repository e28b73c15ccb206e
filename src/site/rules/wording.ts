/** Small pieces of wording shared by the rules' messages. */
import { formatPortList } from "../switching/ports.ts";

/** `port 5` or `ports 5-8,10`. */
export function portsPhrase(ports: readonly number[]): string {
  return `${ports.length === 1 ? "port" : "ports"} ${formatPortList(ports)}`;
}
