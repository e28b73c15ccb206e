/**
 * Reading the inventory with the PropertyCollector: a ContainerView over the root folder
 * (recursive) and one RetrievePropertiesEx for the properties of every type wanted,
 * followed by ContinueRetrievePropertiesEx while vCenter says there is more.
 */
import { moRefXml, readMoRef, type MoRef, type ServiceContent, type VimSession } from "./soap.ts";
import { child, children, escapeXml, textAt, type XmlElement } from "./xml.ts";

/** One managed object and the properties vCenter returned for it (unset ones are absent). */
export interface ManagedObject {
  readonly ref: MoRef;
  readonly props: ReadonlyMap<string, XmlElement>;
}

/** Property paths to read, per managed object type. */
export type PropertyPlan = Readonly<Record<string, readonly string[]>>;

/** Objects per page: small enough for a modest vCenter's memory, large enough to be quick. */
export const DEFAULT_PAGE_SIZE = 500;

/** Retrieves the given properties of every object of the given types. */
export async function retrieveInventory(
  session: VimSession,
  content: ServiceContent,
  plan: PropertyPlan,
  pageSize = DEFAULT_PAGE_SIZE,
): Promise<ManagedObject[]> {
  const types = Object.keys(plan);
  const typeXml = types.map((t) => `<type>${escapeXml(t)}</type>`).join("");
  const viewAnswer = await session.call(
    "CreateContainerView",
    content.viewManager,
    `${moRefXml("container", content.rootFolder)}${typeXml}<recursive>true</recursive>`,
  );
  const view = readMoRef(child(viewAnswer, "returnval"));
  if (!view) throw new Error("CreateContainerView returned no view");
  try {
    const propSets = types
      .map(
        (t) =>
          `<propSet><type>${escapeXml(t)}</type>` +
          plan[t]!.map((p) => `<pathSet>${escapeXml(p)}</pathSet>`).join("") +
          "</propSet>",
      )
      .join("");
    const spec =
      `<specSet>${propSets}<objectSet>${moRefXml("obj", view)}<skip>true</skip>` +
      '<selectSet xsi:type="TraversalSpec"><name>view</name><type>ContainerView</type>' +
      "<path>view</path><skip>false</skip></selectSet></objectSet></specSet>";
    const objects: ManagedObject[] = [];
    let answer = await session.call(
      "RetrievePropertiesEx",
      content.propertyCollector,
      `${spec}<options><maxObjects>${pageSize}</maxObjects></options>`,
    );
    for (;;) {
      const result = child(answer, "returnval");
      objects.push(...children(result, "objects").map(readObject));
      const token = textAt(result, "token");
      if (!token) break;
      answer = await session.call(
        "ContinueRetrievePropertiesEx",
        content.propertyCollector,
        `<token>${escapeXml(token)}</token>`,
      );
    }
    return objects;
  } finally {
    await session.call("DestroyView", view).catch(() => undefined);
  }
}

function readObject(element: XmlElement): ManagedObject {
  const props = new Map<string, XmlElement>();
  for (const prop of children(element, "propSet")) {
    const name = textAt(prop, "name");
    const val = child(prop, "val");
    if (name !== undefined && val) props.set(name, val);
  }
  return { ref: readMoRef(child(element, "obj"))!, props };
}
