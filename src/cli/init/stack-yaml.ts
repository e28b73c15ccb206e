/**
 * The Pulumi stack settings `carrel init` writes (`stacks/Pulumi.<code>.yaml`), built with
 * the `yaml` library like site.yaml, with the comments that say which secrets to set.
 */
import { Document, isMap, isScalar, type Pair, type Scalar } from "yaml";
import type { InitAnswers } from "./answers.ts";

const ZERO_ID = "00000000-0000-0000-0000-000000000000";

/** The text of the new stack settings file, for the site file `site` (from the project folder). */
export function initStackYaml(a: InitAnswers, site = "site.yaml"): string {
  const has = (s: string) => a.sections.includes(s as never);
  const config: Record<string, unknown> = { "carrel:site": site };
  if (has("vsphere")) {
    config["carrel:vsphereUser"] = "svc-carrel@vsphere.local";
    config["carrel:vsphereAllowUnverifiedSsl"] = "false";
    config["carrel:domainJoinUser"] = `svc-domainjoin@${a.domain}`;
  }
  if (has("azure")) {
    config["carrel:azureSubscriptionId"] = ZERO_ID;
    config["carrel:azureTenantId"] = ZERO_ID;
  }
  if (has("directory")) config["carrel:entraTenantId"] = ZERO_ID;
  config["pulumi:disable-default-providers"] = ["*"];

  const doc = new Document({ config });
  const secrets = [
    ...(has("vsphere")
      ? [
          "   pulumi config set --secret carrel:vspherePassword      # vCenter account's password",
          "   pulumi config set --secret carrel:domainJoinPassword   # account that joins Windows VMs",
        ]
      : []),
    ...(has("azure")
      ? [
          "   pulumi config set --secret carrel:vpnSharedKey         # only once azure.vpn is declared",
        ]
      : []),
  ];
  doc.commentBefore = [
    ` Stack config for ${a.name} (${site}).`,
    " ",
    " Secrets never go in this file or in site.yaml; Pulumi encrypts them:",
    ...secrets,
  ].join("\n");
  const map = doc.getIn(["config"], true);
  if (isMap(map)) {
    for (const pair of map.items as Pair<Scalar>[]) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
      if (pair.value.value === ZERO_ID)
        pair.value.comment = ` your ${String(pair.key.value).includes("Subscription") ? "subscription's" : "tenant's"} id`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
