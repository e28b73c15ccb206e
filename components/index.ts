/** Carrel's Pulumi components: the library root and one component per domain. */
export * from "./azure/azure-site.ts";
export * from "./azure/backup-storage.ts";
export * from "./azure/public-dns.ts";
export * from "./azure/site-vpn.ts";
export * from "./directory/directory-groups.ts";
export * from "./library-site.ts";
export * from "./vsphere/clone.ts";
export * from "./vsphere/clone-placement.ts";
export * from "./vsphere/vdi-pool.ts";
export * from "./vsphere/virtual-machine.ts";
export * from "./vsphere/vsphere-site.ts";
