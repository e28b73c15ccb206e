/**
 * vSphere tags, which only the REST API serves (`/rest/com/vmware/cis/tagging/...`, the
 * form vCenter 6.5 to 8 and the simulator all answer): every tag with its category, and
 * the VMs each one is attached to.
 */
import { request, VcenterError, type TlsPolicy } from "./http.ts";

/** A tag, its category and the objects it is attached to. */
export interface VsphereTag {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** Managed object ids of the VMs carrying it. */
  readonly vms: readonly string[];
}

const BASE = "/rest/com/vmware/cis";

/** Reads every tag; throws a `VcenterError` when the REST API refuses or is absent. */
export async function readTags(
  sdkUrl: URL,
  user: string,
  password: string,
  tls: TlsPolicy,
): Promise<VsphereTag[]> {
  const shown = sdkUrl.origin;
  const call = async (
    method: "GET" | "POST" | "DELETE",
    path: string,
    body?: unknown,
    session?: string,
  ) => {
    const headers: Record<string, string> = { accept: "application/json" };
    if (session) headers["vmware-api-session-id"] = session;
    else headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const answer = await request(
      {
        method,
        url: new URL(BASE + path, sdkUrl),
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      },
      tls,
      shown,
    );
    if (answer.status === 401 || answer.status === 403)
      throw new VcenterError(
        `vCenter's REST API at ${shown} refused '${user}' (HTTP ${answer.status})`,
      );
    if (answer.status < 200 || answer.status > 299)
      throw new VcenterError(
        `vCenter's REST API at ${shown}${BASE}${path} answered HTTP ${answer.status}`,
      );
    try {
      return (JSON.parse(answer.body || "{}") as { value?: unknown }).value;
    } catch {
      throw new VcenterError(`vCenter's REST API at ${shown} did not answer with JSON`);
    }
  };

  const session = String(await call("POST", "/session"));
  try {
    const ids = (await call("GET", "/tagging/tag", undefined, session)) as string[];
    const categories = new Map<string, string>();
    const tags: { id: string; name: string; category: string }[] = [];
    for (const id of ids ?? []) {
      const tag = (await call(
        "GET",
        `/tagging/tag/id:${encodeURIComponent(id)}`,
        undefined,
        session,
      )) as {
        name: string;
        category_id: string;
      };
      let category = categories.get(tag.category_id);
      if (category === undefined) {
        const found = (await call(
          "GET",
          `/tagging/category/id:${encodeURIComponent(tag.category_id)}`,
          undefined,
          session,
        )) as { name: string };
        category = found.name;
        categories.set(tag.category_id, category);
      }
      tags.push({ id, name: tag.name, category });
    }
    const attached =
      tags.length === 0
        ? []
        : ((await call(
            "POST",
            "/tagging/tag-association?~action=list-attached-objects-on-tags",
            { tag_ids: tags.map((t) => t.id) },
            session,
          )) as { tag_id: string; object_ids?: { id: string; type: string }[] }[]);
    const vmsOf = new Map(
      (attached ?? []).map((a) => [
        a.tag_id,
        (a.object_ids ?? []).filter((o) => o.type === "VirtualMachine").map((o) => o.id),
      ]),
    );
    return tags.map((t) => ({ ...t, vms: [...(vmsOf.get(t.id) ?? [])].sort() }));
  } finally {
    await call("DELETE", "/session", undefined, session).catch(() => undefined);
  }
}
