/**
 * The readers `carrel import` knows, and how it picks one for each input.
 *
 * Files are recognised by their content, never by their name: every {@link FileReader} says
 * whether a text is in its format (and on which line it saw that), and the first that does
 * reads it. Live sources (a vCenter) are named on the command line by an option, such as
 * `--vcenter URL`, and read by the {@link SourceReader} registered for that option.
 *
 * To add a reader: write a `FileReader` or `SourceReader` and add it to `FILE_READERS` or
 * `SOURCE_READERS` below (the vCenter, PowerCLI, Graph and Azure ones are in `readers/estate.ts`). A
 * file reader that recognises JSON should look for keys only its format has, and go after the
 * more specific readers in the list. Readers return fragments (`fragment.ts`): VLANs they see
 * (a port group's id and name) merge with the switches' by id; values they place by path
 * (`["vsphere", "vms", "rbpl-dc01"]`) land in the draft with a comment naming their source;
 * the adoption IDs they find go to the `ADOPTION_WRITERS`.
 */
import type { GeneratedFile } from "../output/files.ts";
import type { AdoptionId, ImportFragment } from "./fragment.ts";
import type { DraftRenames } from "./merge/merge.ts";
import { importsFile, rekeyAdoptions } from "./adopt/index.ts";
import { arubaReader } from "./readers/aruba.ts";
import { dhcpReader } from "./readers/dhcp.ts";
import { azureReader, graphReader, powerCliReader, vcenterSource } from "./readers/estate.ts";
import { zoneReader } from "./readers/zone.ts";

/** A file given to `carrel import`, decoded to text. */
export interface ImportFile {
  /** The path as the user gave it; reports and draft comments name the file by it. */
  readonly path: string;
  readonly text: string;
}

/** A reader of one file format. */
export interface FileReader {
  /** Short id, for tests and the JSON report (`aruba-running-config`). */
  readonly id: string;
  /** The format in words (`ArubaOS-Switch running-config`). */
  readonly format: string;
  /** The 1-based line that shows the text is in this format, or `undefined` when it is not. */
  readonly recognise: (file: ImportFile) => number | undefined;
  /** Reads the file. Problems that make it unusable are `error` notes in the fragment. */
  readonly read: (file: ImportFile) => ImportFragment | Promise<ImportFragment>;
  /**
   * Reads every file of this format at once, when they belong together (the exports of one
   * PowerCLI run: VMs, templates, port groups, rules); `read` is then not used.
   */
  readonly readAll?: (files: readonly ImportFile[]) => ImportFragment | Promise<ImportFragment>;
}

/** Where a live source's reader finds what it needs besides the URL. */
export interface SourceContext {
  /** The environment, for credentials (never taken from the command line). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A reader of a live source named by a command-line option (`--vcenter https://vc/sdk`). */
export interface SourceReader {
  /** The option, without dashes: `vcenter`. */
  readonly option: string;
  /** The source in words (`vCenter`). */
  readonly format: string;
  /** What the option's value is, for `--help` (`URL of the vCenter SDK, https://host/sdk`). */
  readonly valueHelp: string;
  /** Reads the source. Unreachable or refusing sources are `error` notes in the fragment. */
  readonly read: (url: string, context: SourceContext) => Promise<ImportFragment>;
}

/**
 * Writes what Pulumi needs to adopt existing resources (the adoption IDs the readers found),
 * as files beside the draft, such as a stack's imports file. The IDs are named by what the
 * readers proposed; `renames` says which names the merge settled on instead.
 */
export interface AdoptionWriter {
  /** What it writes, in words for the report. */
  readonly describe: string;
  /** The files, with paths relative to the draft's folder. */
  readonly files: (
    adopt: readonly AdoptionId[],
    renames: DraftRenames,
    target: AdoptionTarget,
  ) => GeneratedFile[];
}

/** Where adoption files go: the draft, and the Pulumi stack they are for. */
export interface AdoptionTarget {
  /** The draft's path. */
  readonly draft: string;
  /** The stack (`--stack`, else the draft's site code). */
  readonly stack: string;
}

/**
 * The stack's imports file (`stacks/Pulumi.<stack>.imports.yaml`) that the Pulumi program
 * reads, with the names following the draft's site code and VLAN names.
 */
export const importsFileWriter: AdoptionWriter = {
  describe: "the stack's imports file",
  files: (adopt, renames, target) => [
    importsFile(target.stack, rekeyAdoptions(adopt, renames)).file,
  ],
};

/** File readers, most specific first. */
export const FILE_READERS: readonly FileReader[] = [
  arubaReader,
  dhcpReader,
  zoneReader,
  powerCliReader,
  graphReader,
  azureReader,
];

/** Live-source readers, by option. */
export const SOURCE_READERS: readonly SourceReader[] = [vcenterSource];

/** Writers of adoption files; every one registered writes its files. */
export const ADOPTION_WRITERS: readonly AdoptionWriter[] = [importsFileWriter];

/** The reader for a file and the line that told, or `undefined` when none knows the format. */
export function readerFor(
  file: ImportFile,
  readers: readonly FileReader[] = FILE_READERS,
): { reader: FileReader; line: number } | undefined {
  for (const reader of readers) {
    const line = reader.recognise(file);
    if (line !== undefined) return { reader, line };
  }
  return undefined;
}
