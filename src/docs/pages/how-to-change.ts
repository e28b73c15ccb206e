/**
 * "How to change this site", written for this site: where the files and secrets live, the
 * steps of a change, and worked examples that use this site's own names (its VLANs,
 * templates, groups, rooms) on free ids and addresses. A section the site lacks gets an
 * example of how to add it.
 */
import { SECRET_KEYS_FOR } from "../../pulumi/config-keys.ts";
import type { DocsContext } from "../context.ts";
import { code, link, list, p, type Block, type Page, type Section } from "../doc.ts";
import {
  addGroupMember,
  addPool,
  addReservation,
  addVlan,
  addVm,
  changePort,
  missingSections,
} from "./how-to-change-examples.ts";
import { preformatted } from "./yaml-example.ts";

/** Builds how-to-change.html. */
export function howToChangePage(ctx: DocsContext): Page {
  const file = siteFile(ctx);
  return {
    path: "how-to-change.html",
    title: "How to change this site",
    nav: "how-to-change",
    lead: [
      "Everything here comes from one file, ",
      code(file),
      ". To change the network, the servers or the desktops, change that file, let a colleague review the change, and then apply it. Never change a switch or a server by hand without also changing the file: the next run would undo it.",
    ],
    sections: [
      whereThingsLive(ctx),
      workflow(ctx),
      addVlan(ctx),
      changePort(ctx),
      addReservation(ctx),
      addVm(ctx),
      addPool(ctx),
      addGroupMember(ctx),
      missingSections(ctx),
    ].filter((s): s is Section => s !== undefined),
  };
}

/** The site file's own name, as the pages print it. */
function siteFile(ctx: DocsContext): string {
  return ctx.input.stamp.file.split(/[\\/]/).pop() ?? "site.yaml";
}

/** Where passwords and keys are kept, and the commands that set the stack's secrets. */
function secretBlocks(
  file: string,
  secrets: readonly string[],
  manager: string | undefined,
): Block[] {
  const keep = manager ?? "the library's password manager";
  if (secrets.length === 0)
    return [
      p([
        "Passwords and keys are never written in ",
        code(file),
        " or in this site. This site needs no Pulumi secrets; the passwords of its switches and other devices are kept in ",
        keep,
        " (see ",
        link("start-here.html#passwords", "Start here"),
        ").",
      ]),
    ];
  return [
    p([
      "Passwords and keys are never written in ",
      code(file),
      " or in this site. They are Pulumi secrets, stored encrypted in the stack settings. To set or change one, from the folder with the stack:",
    ]),
    preformatted(
      secrets.map((k) => `pulumi config set --secret carrel:${k}`).join("\n"),
      "Commands to set the secrets",
    ),
    p([
      "Pulumi asks for the value without showing it. Keep a copy in ",
      keep,
      " (see ",
      link("start-here.html#passwords", "Start here"),
      ").",
    ]),
  ];
}

function whereThingsLive(ctx: DocsContext): Section {
  const { site } = ctx.model;
  const file = siteFile(ctx);
  const secrets = [
    ...(site.vsphere ? SECRET_KEYS_FOR.vsphere : []),
    ...(site.azure?.vpn ? SECRET_KEYS_FOR.azureVpn : []),
  ];
  const manager = site.site.credentials?.manager;
  return {
    id: "where",
    heading: "Where things live",
    blocks: [
      list([
        [
          code(file),
          ": the description of the whole site. The format is checked by ",
          code("carrel validate"),
          ".",
        ],
        [
          code("runbooks/"),
          ": the Markdown runbooks published on the ",
          link("runbooks.html", "runbooks page"),
          ".",
        ],
        [
          code("stacks/"),
          ": the Pulumi stack settings (",
          code("Pulumi.<stack>.yaml"),
          "), such as the vCenter user name and the Azure subscription, and the key ",
          code("carrel:site"),
          " naming the site file.",
        ],
        [
          code("docs/"),
          ": this documentation site, regenerated with ",
          code("carrel docs"),
          "; do not edit it by hand.",
        ],
      ]),
      ...secretBlocks(file, secrets, manager),
    ],
  };
}

function workflow(ctx: DocsContext): Section {
  const file = siteFile(ctx);
  const window = ctx.model.site.operations?.maintenanceWindow;
  return {
    id: "workflow",
    heading: "Making a change, step by step",
    blocks: [
      list(
        [
          ["Create a branch and edit ", code(file), "."],
          [
            "Check it: ",
            code(`npx carrel validate ${file}`),
            ". Every mistake is reported with its line and a suggestion; fix them all.",
          ],
          [
            "Commit it, then regenerate the configurations and these pages: ",
            code(`npx carrel render ${file} --out out`),
            " and ",
            code(`npx carrel docs ${file}`),
            ". The pages are dated by the last commit of ",
            code(file),
            ", so make them after committing it, and commit them too.",
          ],
          [
            "Run ",
            code("pulumi preview"),
            ". It lists what would be created, changed or deleted in vSphere, the directory and Azure, without changing anything. Read it: a 'replace' or 'delete' of a server you did not mean to touch is a reason to stop.",
          ],
          [
            "Open a pull request. The reviewer sees the change to the file, the changed switch and server configurations, these pages, and the preview. Use ",
            code("carrel docs --since main"),
            " to get a change summary in plain words.",
          ],
          [
            "After approval, merge and run ",
            code("pulumi up"),
            " in the maintenance window",
            window ? [" (", code(window), ")"] : "",
            ". Load the changed switch configurations onto the switches (see the switch pages).",
          ],
        ],
        true,
      ),
    ],
  };
}
