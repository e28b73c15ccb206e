/**
 * Whether a text is an ArubaOS-Switch (ProCurve) running-config, judged by its content:
 * the `Configuration Editor` header when it is there, otherwise commands only this CLI
 * writes (`untagged`/`tagged` port lists under a VLAN, `trunk ... trkN`, `DEFAULT_VLAN`,
 * `time daylight-time-rule`).
 */

/** The line that shows a text is a running-config, or `undefined` when nothing does. */
export function recogniseRunningConfig(text: string): number | undefined {
  const lines = text.split(/\r?\n/, 4000);
  let evidence = 0;
  let first: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (/^;\s*\S+\s+Configuration Editor;\s*Created on release/i.test(t)) return i + 1;
    if (
      /^name\s+"DEFAULT_VLAN"$/.test(t) ||
      /^trunk\s+\S+\s+trk\d+\b/i.test(t) ||
      /^time\s+daylight-time-rule\b/.test(t) ||
      /^(no\s+)?(untagged|tagged)\s+[\dA-Za-z/,-]+$/.test(t) ||
      /^vlan\s+\d+\s+(untagged|tagged)\s/.test(t) ||
      /^sntp\s+server\s+priority\b/.test(t)
    ) {
      evidence++;
      first ??= i + 1;
    }
  }
  return evidence >= 2 ? first : undefined;
}
