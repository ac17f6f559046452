/**
 * Every link and embed of the test vault `test/vaults/links/`, with the file it leads to, or
 * `null` for a missing link. The vault is laid out like a real study vault of a few hundred
 * notes: MOCs, day folders with a README each, a README at the root written for a relative-link
 * markdown export, attachments beside the notes and in their own folder, the same names in
 * several folders. The CLI must report exactly the `null` rows as missing, with these notes and
 * lines; every other link must lead where this table says.
 *
 * Not in the table, because they are not links: the links in `Code and comments.md` inside a
 * code block, a code span, a `%%comment%%` and an HTML comment; links to URLs and `mailto:`; the
 * note's links to its own headings (`[[#…]]`, `(#-목차)`).
 */

export interface VaultLink {
  from: string;
  line: number;
  /** The link's path as the note's reading hands it over (no `#heading`, markdown links decoded). */
  target: string;
  leadsTo: string | null;
  /** A link written as a folder's (`./day1/`, `../network`) to a folder of the vault: it leads to no file, and no note is missing. */
  folder?: true;
}

const IMAGE = "MZ-CLOUD/GCP/images/스크린샷 2026-02-06 오후 12.14.37.png";
const PDF = "Attachments/AWS 자격증 가이드.pdf";

export const LINKS_VAULT: readonly VaultLink[] = [
  { from: "Code and comments.md", line: 12, target: "Paas", leadsTo: null },
  { from: "Concepts/Docker.md", line: 8, target: "HOME 🌎", leadsTo: "HOME 🌎.md" },
  { from: "Concepts/Kubernetes.md", line: 7, target: "Docker", leadsTo: "Concepts/Docker.md" }, // the one beside it, not the root's
  { from: "Concepts/Kubernetes.md", line: 8, target: "gcp-vpc", leadsTo: "MZ-CLOUD/GCP/gcp-vpc.md" }, // a heading that is not there: still the note
  { from: "Docker.md", line: 4, target: "Concepts/Docker", leadsTo: "Concepts/Docker.md" },
  { from: "HOME 🌎.md", line: 6, target: "MZ-CLOUD/GCP/GCP_MOC", leadsTo: "MZ-CLOUD/GCP/GCP_MOC.md" },
  { from: "HOME 🌎.md", line: 7, target: "README", leadsTo: "README.md" },
  { from: "HOME 🌎.md", line: 8, target: "Concepts/Docker", leadsTo: "Concepts/Docker.md" },
  { from: "HOME 🌎.md", line: 8, target: "docker", leadsTo: "Docker.md" },
  { from: "HOME 🌎.md", line: 9, target: "Service Mesh 정리", leadsTo: null },
  { from: "HOME 🌎.md", line: 12, target: "Pic.heic", leadsTo: "Attachments/Pic.heic" },
  { from: "HOME 🌎.md", line: 13, target: "architecture.canvas", leadsTo: "Attachments/architecture.canvas" },
  { from: "HOME 🌎.md", line: 14, target: "missing-diagram.png", leadsTo: null },
  { from: "MZ-CLOUD/GCP/GCP_MOC.md", line: 4, target: "gcp-vpc", leadsTo: "MZ-CLOUD/GCP/gcp-vpc.md" },
  { from: "MZ-CLOUD/GCP/GCP_MOC.md", line: 5, target: "gcp-vpc", leadsTo: "MZ-CLOUD/GCP/gcp-vpc.md" },
  { from: "MZ-CLOUD/GCP/GCP_MOC.md", line: 6, target: "gcp-vpc", leadsTo: "MZ-CLOUD/GCP/gcp-vpc.md" },
  { from: "MZ-CLOUD/GCP/GCP_MOC.md", line: 7, target: "GCP_Infra_MOC", leadsTo: null },
  { from: "MZ-CLOUD/GCP/GCP_MOC.md", line: 10, target: "Board.base", leadsTo: "MZ-CLOUD/GCP/Board.base" },
  { from: "MZ-CLOUD/GCP/GCP_MOC.md", line: 11, target: "스크린샷 2026-02-06 오후 12.14.37.png", leadsTo: IMAGE },
  { from: "MZ-CLOUD/GCP/GCP_MOC.md", line: 13, target: "../../Attachments/AWS 자격증 가이드.pdf", leadsTo: PDF },
  { from: "MZ-CLOUD/GCP/GCP_MOC.md", line: 14, target: "AWS 자격증 가이드.pdf", leadsTo: PDF },
  { from: "MZ-CLOUD/GCP/README.md", line: 3, target: "GCP_MOC.md", leadsTo: "MZ-CLOUD/GCP/GCP_MOC.md" },
  { from: "MZ-CLOUD/GCP/README.md", line: 4, target: "/README.md", leadsTo: "README.md" },
  { from: "MZ-CLOUD/GCP/README.md", line: 5, target: "README", leadsTo: "MZ-CLOUD/GCP/README.md" }, // itself
  { from: "MZ-CLOUD/GCP/README.md", line: 6, target: "../Pod.md", leadsTo: null }, // MZ-CLOUD/Pod.md: relative paths look nowhere else
  { from: "MZ-CLOUD/GCP/gcp-vpc.md", line: 3, target: "./GCP_MOC.md", leadsTo: "MZ-CLOUD/GCP/GCP_MOC.md" },
  { from: "MZ-CLOUD/GCP/gcp-vpc.md", line: 8, target: "GCP_MOC", leadsTo: "MZ-CLOUD/GCP/GCP_MOC.md" }, // `\|` in a table
  { from: "MZ-CLOUD/GCP/gcp-vpc.md", line: 12, target: "./images/스크린샷 2026-02-06 오후 12.14.37.png", leadsTo: IMAGE }, // percent-encoded
  { from: "MZ-CLOUD/GCP/gcp-vpc.md", line: 13, target: "./경로.md", leadsTo: null },
  { from: "MZ-CLOUD/kubernetes/Pod.md", line: 3, target: "HOME 🌎", leadsTo: "HOME 🌎.md" },
  { from: "MZ-CLOUD/kubernetes/day1/README.md", line: 4, target: "install/README.md", leadsTo: "MZ-CLOUD/kubernetes/day1/install/README.md" },
  { from: "MZ-CLOUD/kubernetes/day1/README.md", line: 5, target: "../day2/README.md", leadsTo: "MZ-CLOUD/kubernetes/day2/README.md" },
  { from: "MZ-CLOUD/kubernetes/day1/README.md", line: 6, target: "../Pod", leadsTo: "MZ-CLOUD/kubernetes/Pod.md" },
  { from: "MZ-CLOUD/kubernetes/day1/README.md", line: 7, target: "Pod", leadsTo: "MZ-CLOUD/kubernetes/Pod.md" }, // by name: the shorter of two
  { from: "MZ-CLOUD/kubernetes/day1/install/README.md", line: 3, target: "../../../network/security-group.md", leadsTo: "MZ-CLOUD/network/security-group.md" },
  { from: "MZ-CLOUD/kubernetes/day1/install/README.md", line: 4, target: "../README.md", leadsTo: "MZ-CLOUD/kubernetes/day1/README.md" },
  { from: "MZ-CLOUD/kubernetes/day2/Pod.md", line: 3, target: "README", leadsTo: "MZ-CLOUD/kubernetes/day2/README.md" }, // the README beside it
  { from: "MZ-CLOUD/kubernetes/day2/README.md", line: 3, target: "../day1/README.md", leadsTo: "MZ-CLOUD/kubernetes/day1/README.md" },
  { from: "MZ-CLOUD/kubernetes/day2/README.md", line: 4, target: "../day3-1230/README.md", leadsTo: null },
  { from: "MZ-CLOUD/kubernetes/day2/README.md", line: 5, target: "Pod", leadsTo: "MZ-CLOUD/kubernetes/day2/Pod.md" }, // the Pod beside it
  { from: "MZ-CLOUD/kubernetes/day2/README.md", line: 6, target: "Board", leadsTo: null }, // a base needs its extension
  // A table of contents written for GitHub, where a link to a folder lists it.
  { from: "MZ-CLOUD/kubernetes/목차.md", line: 3, target: "./day1/", leadsTo: null, folder: true },
  { from: "MZ-CLOUD/kubernetes/목차.md", line: 4, target: "day2", leadsTo: null }, // a bare name: a note to write, as a click in Obsidian makes it
  { from: "MZ-CLOUD/kubernetes/목차.md", line: 5, target: "./day1/install/", leadsTo: null, folder: true },
  { from: "MZ-CLOUD/kubernetes/목차.md", line: 6, target: "../network", leadsTo: null, folder: true }, // relative, without its slash
  { from: "MZ-CLOUD/kubernetes/목차.md", line: 7, target: "../../", leadsTo: null, folder: true }, // the vault's root
  { from: "MZ-CLOUD/kubernetes/목차.md", line: 8, target: "./day3/", leadsTo: null }, // no such folder
  { from: "MZ-CLOUD/kubernetes/목차.md", line: 9, target: "/MZ-CLOUD/GCP/", leadsTo: null, folder: true },
  { from: "MZ-CLOUD/kubernetes/목차.md", line: 10, target: "day1", leadsTo: null }, // a wikilink to a folder's name: a note to write
  { from: "MZ-CLOUD/network/security-group.md", line: 3, target: "../GCP/GCP_MOC.md", leadsTo: "MZ-CLOUD/GCP/GCP_MOC.md" },
  { from: "README.md", line: 5, target: "./MZ-CLOUD/GCP/GCP_MOC.md", leadsTo: "MZ-CLOUD/GCP/GCP_MOC.md" },
  { from: "README.md", line: 6, target: "MZ-CLOUD/kubernetes/day1/README.md", leadsTo: "MZ-CLOUD/kubernetes/day1/README.md" },
  { from: "README.md", line: 7, target: "MZ-CLOUD/network/security-group.md", leadsTo: "MZ-CLOUD/network/security-group.md" }, // <…>-wrapped
  { from: "README.md", line: 8, target: "C# 기초.md", leadsTo: "C# 기초.md" }, // `#` written %23
  { from: "README.md", line: 9, target: "../README.md", leadsTo: null }, // above the vault
];

/** The missing links, as `scan --json` reports them: by note and line. */
export const LINKS_VAULT_MISSING = LINKS_VAULT.filter((link) => link.leadsTo === null && link.folder === undefined);

/** A row as the index reads it: where the link leads, without the table's notes about it. */
export function asRead(link: VaultLink): VaultLink {
  return { from: link.from, line: link.line, target: link.target, leadsTo: link.leadsTo };
}
