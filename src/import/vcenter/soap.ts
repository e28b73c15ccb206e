/**
 * A minimal vSphere Web Services (vim25 SOAP) client: the service content, Login and
 * Logout, and calls whose answers are read with the small XML reader. The session is
 * the `vmware_soap_session` cookie that Login sets.
 */
import { request, VcenterError, type TlsPolicy } from "./http.ts";
import { child, escapeXml, parseXml, textAt, XmlError, type XmlElement } from "./xml.ts";

/** A managed object reference: its type and its id (`vm-42`). */
export interface MoRef {
  readonly type: string;
  readonly value: string;
}

/** The managed objects a session needs. */
export interface ServiceContent {
  readonly rootFolder: MoRef;
  readonly propertyCollector: MoRef;
  readonly viewManager: MoRef;
  readonly sessionManager: MoRef;
  /** `VirtualCenter` for vCenter, `HostAgent` for a lone ESXi host. */
  readonly apiType: string;
  readonly fullName: string;
}

/** An XML element for a managed object reference argument. */
export function moRefXml(tag: string, ref: MoRef): string {
  return `<${tag} type="${escapeXml(ref.type)}">${escapeXml(ref.value)}</${tag}>`;
}

/** Reads a managed object reference element. */
export function readMoRef(element: XmlElement | undefined): MoRef | undefined {
  if (!element) return undefined;
  return { type: element.attrs.type ?? "", value: element.text };
}

// An API release every vCenter from 6.5 on answers; newer properties are not needed.
const SOAP_ACTION = '"urn:vim25/6.5"';

/** A logged-in (or not yet) SOAP session with one vCenter. */
export class VimSession {
  private cookie: string | undefined;
  private readonly url: URL;
  private readonly tls: TlsPolicy;
  private readonly shown: string;

  /** `url` is the SDK endpoint, `https://host/sdk`. */
  constructor(url: URL, tls: TlsPolicy) {
    this.url = url;
    this.tls = tls;
    this.shown = url.href;
  }

  /** Calls a method on `self`; `args` is the XML of its other arguments. */
  async call(method: string, self: MoRef, args = ""): Promise<XmlElement> {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>' +
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<soapenv:Body><${method} xmlns="urn:vim25">${moRefXml("_this", self)}${args}` +
      `</${method}></soapenv:Body></soapenv:Envelope>`;
    const headers: Record<string, string> = {
      "content-type": "text/xml; charset=utf-8",
      soapaction: SOAP_ACTION,
    };
    if (this.cookie) headers.cookie = this.cookie;
    const answer = await request(
      { method: "POST", url: this.url, headers, body },
      this.tls,
      this.shown,
    );
    const setCookie = answer.headers["set-cookie"]?.find((c) =>
      c.startsWith("vmware_soap_session"),
    );
    if (setCookie) this.cookie = setCookie.split(";")[0];
    let envelope: XmlElement;
    try {
      envelope = parseXml(answer.body);
    } catch (err) {
      throw new VcenterError(
        `${this.shown} did not answer as vCenter's SOAP API does (HTTP ${answer.status}` +
          `${err instanceof XmlError ? `, ${err.message}` : ""}); is this the vCenter's /sdk address?`,
      );
    }
    const soapBody = child(envelope, "Body");
    if (envelope.name !== "Envelope" || !soapBody)
      throw new VcenterError(
        `${this.shown} did not answer with a SOAP envelope (HTTP ${answer.status})`,
      );
    const fault = child(soapBody, "Fault");
    if (fault) throw new SoapFault(method, fault);
    const response = child(soapBody, `${method}Response`);
    if (!response) throw new VcenterError(`${this.shown} gave no answer to ${method}`);
    return response;
  }

  /** Reads the service content (no login needed). */
  async serviceContent(): Promise<ServiceContent> {
    const response = await this.call("RetrieveServiceContent", {
      type: "ServiceInstance",
      value: "ServiceInstance",
    });
    const content = child(response, "returnval");
    const ref = (name: string) => {
      const found = readMoRef(child(content, name));
      if (!found) throw new VcenterError(`${this.shown} has no ${name} in its service content`);
      return found;
    };
    return {
      rootFolder: ref("rootFolder"),
      propertyCollector: ref("propertyCollector"),
      viewManager: ref("viewManager"),
      sessionManager: ref("sessionManager"),
      apiType: textAt(content, "about", "apiType") ?? "",
      fullName: textAt(content, "about", "fullName") ?? "",
    };
  }

  /** Logs in; a refused login says so with the user name (never the password). */
  async login(content: ServiceContent, user: string, password: string): Promise<void> {
    try {
      await this.call(
        "Login",
        content.sessionManager,
        `<userName>${escapeXml(user)}</userName><password>${escapeXml(password)}</password>`,
      );
    } catch (err) {
      if (err instanceof SoapFault && err.faultType === "InvalidLogin")
        throw new VcenterError(
          `vCenter at ${this.shown} refused the login of '${user}' (wrong user name or password?)`,
        );
      throw err;
    }
  }

  /** Ends the session; a failure here changes nothing already read. */
  async logout(content: ServiceContent): Promise<void> {
    await this.call("Logout", content.sessionManager).catch(() => undefined);
  }
}

/** A SOAP fault from vCenter, with its fault type (`InvalidLogin`, `NotAuthenticated`...). */
export class SoapFault extends VcenterError {
  readonly faultType: string;

  constructor(method: string, fault: XmlElement) {
    const detail = child(fault, "detail")?.children[0];
    const faultType = (detail?.attrs.type ?? detail?.name ?? "").replace(/Fault$/, "");
    super(`vCenter refused ${method}: ${textAt(fault, "faultstring") ?? faultType}`);
    this.faultType = faultType;
  }
}
