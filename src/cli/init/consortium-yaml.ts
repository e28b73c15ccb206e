/**
 * The consortium.yaml of `carrel init --consortium`, and the entry `carrel init --site`
 * adds to it. Written with the `yaml` library, as site.yaml is, so names come out as valid
 * YAML, and edited in place as a document, so the comments people add are kept.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Pair, type Scalar } from "yaml";

/** The answers a consortium is made from. */
export interface ConsortiumAnswers {
  readonly name: string;
  readonly code: string;
  readonly timezone: string;
}

/** The text of a new consortium.yaml: no sites yet (`carrel init --site` adds them). */
export function initConsortiumYaml(a: ConsortiumAnswers): string {
  const doc = new Document({
    version: 1,
    consortium: {
      name: a.name,
      code: a.code,
      currency: "USD",
      fiscalYearStarts: "07-01",
      contacts: [],
    },
    sites: [],
    wan: { hub: { name: `${a.name} data centre`, subnet: "10.0.0.0/22" }, vpn: [] },
    defaults: { site: { timezone: a.timezone } },
    licences: [],
    contracts: [],
  });
  doc.commentBefore = [
    ` ${a.name}: every member library, in one repository.`,
    " ",
    " Each library is sites/<code>/site.yaml. Add one with",
    '   npx carrel init --site CODE --name "Library name" --domain ad.library.org',
    " which also gives it its share of the address plan and its Pulumi stack.",
    " Here, at the root, carrel validate, render and docs act on every library",
    " (or on those named with --site).",
  ].join("\n");
  const comment = (path: (string | number)[], text: string) => {
    const node = doc.getIn(path, true);
    if (node && typeof node === "object") (node as { comment?: string }).comment = ` ${text}`;
  };
  comment(["wan", "hub", "subnet"], "the hub's own addresses; no library may use them");
  comment(
    ["wan", "vpn"],
    "VPN address spaces: - { name: Staff remote access, subnet: 10.250.0.0/16 }",
  );
  comment(
    ["licences"],
    "licences several libraries share: name, vendor, renews, annualCost, sites",
  );
  comment(
    ["contracts"],
    "contracts several libraries share: name, vendor, ends, annualCost, sites",
  );
  const defaults = doc.getIn(["defaults"], true);
  if (defaults && typeof defaults === "object")
    (defaults as { commentBefore?: string }).commentBefore =
      " What every library takes where its own site.yaml does not say: time zone, currency,\n contacts, vendors, DNS and NTP servers, switch models, directory groups, security.";
  for (const path of [
    ["sites"],
    ["wan", "vpn"],
    ["consortium", "contacts"],
    ["licences"],
    ["contracts"],
  ]) {
    const node = doc.getIn(path, true);
    if (isSeq(node)) node.flow = true;
  }
  const fy = doc.getIn(["consortium", "fiscalYearStarts"], true);
  if (isScalar(fy)) fy.type = "QUOTE_DOUBLE";
  const top = doc.contents;
  if (isMap(top))
    for (const pair of top.items as Pair<Scalar>[]) {
      if (!isScalar(pair.key) || pair.key.value === "version") continue;
      pair.key.spaceBefore = true;
      if (pair.key.value === "sites")
        pair.key.commentBefore = " Each library, with its share of the address plan (wan:).";
    }
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}

/** consortium.yaml's text with one more site, comments and order kept. */
export function addMember(text: string, code: string, wan: string): string {
  const doc = parseDocument(text);
  const sites = doc.get("sites", true);
  const entry = doc.createNode({ code, wan });
  if (isSeq(sites)) {
    sites.flow = false;
    sites.items.push(entry);
  } else {
    doc.set("sites", doc.createNode([{ code, wan }]));
  }
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}
