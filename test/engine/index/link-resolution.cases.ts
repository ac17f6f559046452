/**
 * Where a link leads, as Obsidian resolves it: the table both shells are held to. `link` is the
 * link's path as the note's reading hands it over (the target without `#heading`/`#^block`,
 * markdown links percent-decoded and taken out of `<…>`); `expected` is the vault path of the
 * file it leads to, or `null` for a missing link. The plugin's tests feed the same rows to
 * Obsidian's `metadataCache.getFirstLinkpathDest(link, from)`.
 *
 * `written` is how the link stands in the note, for the reader (and for the vault test, which
 * reads the notes themselves).
 */

export interface ResolutionCase {
  name: string;
  files: readonly string[];
  from: string;
  written: string;
  link: string;
  expected: string | null;
}

/** A vault laid out like a real study vault: MOCs, day folders with a README each, attachments. */
const STUDY_VAULT = [
  "HOME 🌎.md",
  "README.md",
  "Docker.md",
  "v1.2.md",
  "C# 기초.md",
  "MZ-CLOUD/GCP/GCP_MOC.md",
  "MZ-CLOUD/GCP/gcp-vpc.md",
  "MZ-CLOUD/GCP/README.md",
  "MZ-CLOUD/GCP/images/스크린샷 2026-02-06 오후 12.14.37.png",
  "MZ-CLOUD/GCP/Board.base",
  "MZ-CLOUD/kubernetes/day1/README.md",
  "MZ-CLOUD/kubernetes/day1/install/README.md",
  "MZ-CLOUD/kubernetes/day2/README.md",
  "MZ-CLOUD/kubernetes/day2/Pod.md",
  "MZ-CLOUD/kubernetes/Pod.md",
  "MZ-CLOUD/network/security-group.md",
  "Concepts/Docker.md",
  "Concepts/Kubernetes.md",
  "Attachments/Pic.heic",
  "Attachments/architecture.canvas",
  "Attachments/AWS 자격증 가이드.pdf",
  "Attachments/diagram.png",
  "x/Note.md",
  "y/Note.md",
  "y/from.md",
  "Case/readme.md",
  "Case/README.md",
];

const row = (name: string, from: string, written: string, link: string, expected: string | null, files: readonly string[] = STUDY_VAULT): ResolutionCase => ({ name, files, from, written, link, expected });

export const RESOLUTION_CASES: readonly ResolutionCase[] = [
  // By name, anywhere in the vault.
  row("a name with no folder: the only file of that name", "README.md", "[[gcp-vpc]]", "gcp-vpc", "MZ-CLOUD/GCP/gcp-vpc.md"),
  row("without case", "README.md", "[[GCP-VPC]]", "GCP-VPC", "MZ-CLOUD/GCP/gcp-vpc.md"),
  row("with .md written", "README.md", "[[gcp-vpc.md]]", "gcp-vpc.md", "MZ-CLOUD/GCP/gcp-vpc.md"),
  row("with a heading: the heading is not looked up", "README.md", "[[gcp-vpc#서브넷]]", "gcp-vpc", "MZ-CLOUD/GCP/gcp-vpc.md"),
  row("with a block", "README.md", "[[gcp-vpc#^a1b2c3]]", "gcp-vpc", "MZ-CLOUD/GCP/gcp-vpc.md"),
  row("emoji and space in the name", "MZ-CLOUD/GCP/README.md", "[[HOME 🌎]]", "HOME 🌎", "HOME 🌎.md"),
  row("a dot in a note's name: .md is added after it", "README.md", "[[v1.2]]", "v1.2", "v1.2.md"),
  row("a `#` in a file name, written %23 in a markdown link", "README.md", "[C#](C%23%20기초.md)", "C# 기초.md", "C# 기초.md"),
  row("a name that is no file", "README.md", "[[gcp-subnet]]", "gcp-subnet", null),
  row("a note's name without .md never finds a non-note file", "README.md", "[[Board]]", "Board", null),

  // Two files share a name: the linking note's folder first, then the shortest path.
  row("same name in two folders: the one beside the linking note", "y/from.md", "[[Note]]", "Note", "y/Note.md"),
  row("same name in two folders, linked from neither: the shorter path, then code-unit order", "README.md", "[[Note]]", "Note", "x/Note.md"),
  row("README in every folder: the one at the root when linked from elsewhere", "Concepts/Docker.md", "[[README]]", "README", "README.md"),
  row("README in every folder: the one beside the linking note", "MZ-CLOUD/kubernetes/day2/Pod.md", "[[README]]", "README", "MZ-CLOUD/kubernetes/day2/README.md"),
  row("Docker at the root and in Concepts: the root's from elsewhere", "MZ-CLOUD/GCP/README.md", "[[Docker]]", "Docker", "Docker.md"),
  row("Docker at the root and in Concepts: the folder's own from inside it", "Concepts/Kubernetes.md", "[[Docker]]", "Docker", "Concepts/Docker.md"),
  row("Pod in a day folder and in its parent, linked from a third folder: the shorter path", "MZ-CLOUD/kubernetes/day1/README.md", "[[Pod]]", "Pod", "MZ-CLOUD/kubernetes/Pod.md"),

  // Paths.
  row("a path from the vault's root", "README.md", "[[MZ-CLOUD/GCP/GCP_MOC]]", "MZ-CLOUD/GCP/GCP_MOC", "MZ-CLOUD/GCP/GCP_MOC.md"),
  row("a path from the root, linked from deep inside", "MZ-CLOUD/kubernetes/day1/README.md", "[[MZ-CLOUD/GCP/GCP_MOC|GCP]]", "MZ-CLOUD/GCP/GCP_MOC", "MZ-CLOUD/GCP/GCP_MOC.md"),
  row("a partial path: the files whose path ends with it", "README.md", "[[GCP/GCP_MOC]]", "GCP/GCP_MOC", "MZ-CLOUD/GCP/GCP_MOC.md"),
  row("a partial path must end at a folder boundary", "README.md", "[[CP/GCP_MOC]]", "CP/GCP_MOC", null),
  row("a vault-absolute path with a leading /", "MZ-CLOUD/kubernetes/day2/Pod.md", "[top](/README.md)", "/README.md", "README.md"),
  row("a leading / looks only from the root", "README.md", "[[/GCP/GCP_MOC]]", "/GCP/GCP_MOC", null),
  row("a path that is only right from the linking note's folder (relative link format, no ./)", "MZ-CLOUD/kubernetes/day1/README.md", "[설치](install/README.md)", "install/README.md", "MZ-CLOUD/kubernetes/day1/install/README.md"),

  // Relative paths.
  row("./ from the linking note's folder", "MZ-CLOUD/GCP/README.md", "[MOC](./GCP_MOC.md)", "./GCP_MOC.md", "MZ-CLOUD/GCP/GCP_MOC.md"),
  row("./ into a subfolder, from the root", "README.md", "[GCP](./MZ-CLOUD/GCP/GCP_MOC.md)", "./MZ-CLOUD/GCP/GCP_MOC.md", "MZ-CLOUD/GCP/GCP_MOC.md"),
  row("../ to a sibling folder", "MZ-CLOUD/kubernetes/day2/README.md", "[day1](../day1/README.md)", "../day1/README.md", "MZ-CLOUD/kubernetes/day1/README.md"),
  row("../ with a heading", "MZ-CLOUD/kubernetes/day2/README.md", "[설치](../day1/README.md#-설치)", "../day1/README.md", "MZ-CLOUD/kubernetes/day1/README.md"),
  row("../../ two folders up", "MZ-CLOUD/kubernetes/day1/install/README.md", "[SG](../../../network/security-group.md)", "../../../network/security-group.md", "MZ-CLOUD/network/security-group.md"),
  row("../ without .md", "MZ-CLOUD/kubernetes/day2/README.md", "[[../Pod]]", "../Pod", "MZ-CLOUD/kubernetes/Pod.md"),
  row("./ to a file that is not there", "MZ-CLOUD/GCP/README.md", "[경로](./경로.md)", "./경로.md", null),
  row("../ looks nowhere else: the same name elsewhere does not answer", "MZ-CLOUD/GCP/README.md", "[Pod](../Pod.md)", "../Pod.md", null),
  row("../ above the vault's root leads nowhere", "README.md", "[up](../README.md)", "../README.md", null),
  row("percent-encoded spaces, decoded before lookup", "MZ-CLOUD/GCP/README.md", "![](./images/%EC%8A%A4%ED%81%AC%EB%A6%B0%EC%83%B7%202026-02-06%20%EC%98%A4%ED%9B%84%2012.14.37.png)", "./images/스크린샷 2026-02-06 오후 12.14.37.png", "MZ-CLOUD/GCP/images/스크린샷 2026-02-06 오후 12.14.37.png"),
  row("<…>-wrapped destination with spaces", "README.md", "[가이드](<Attachments/AWS 자격증 가이드.pdf>)", "Attachments/AWS 자격증 가이드.pdf", "Attachments/AWS 자격증 가이드.pdf"),

  // Files that are not notes.
  row("an image by name", "MZ-CLOUD/GCP/gcp-vpc.md", "![[스크린샷 2026-02-06 오후 12.14.37.png]]", "스크린샷 2026-02-06 오후 12.14.37.png", "MZ-CLOUD/GCP/images/스크린샷 2026-02-06 오후 12.14.37.png"),
  row("a .heic photo", "README.md", "![[Pic.heic]]", "Pic.heic", "Attachments/Pic.heic"),
  row("a base", "MZ-CLOUD/GCP/GCP_MOC.md", "![[Board.base]]", "Board.base", "MZ-CLOUD/GCP/Board.base"),
  row("a canvas, written without case", "README.md", "[[ARCHITECTURE.canvas]]", "ARCHITECTURE.canvas", "Attachments/architecture.canvas"),
  row("a PDF with a page", "README.md", "[[AWS 자격증 가이드.pdf#page=3]]", "AWS 자격증 가이드.pdf", "Attachments/AWS 자격증 가이드.pdf"),
  row("an image that is not in the vault", "README.md", "![[missing.png]]", "missing.png", null),
  row("an attachment's name without its extension", "README.md", "![[diagram]]", "diagram", null),

  // Corner cases.
  row("an empty path is the linking note itself", "Concepts/Docker.md", "[[#Heading]]", "", "Concepts/Docker.md"),
  row("two files differing only in case: the one written as linked", "README.md", "[[Case/README]]", "Case/README", "Case/README.md"),
  row("two files differing only in case: the other one", "README.md", "[[Case/readme]]", "Case/readme", "Case/readme.md"),
  row("a `#` in a wikilink starts the heading: the rest is not the name", "README.md", "[[C# 기초]]", "C", null),
  row("Hangul written in NFD (macOS) finds the NFC name", "README.md", "[[AWS 자격증 가이드.pdf]]".normalize("NFD"), "AWS 자격증 가이드.pdf".normalize("NFD"), "Attachments/AWS 자격증 가이드.pdf"),
  row("spaces around the path are not part of it", "README.md", "[[ Docker ]]", " Docker ", "Docker.md"),
];
