import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { buildScanReport, type ReportMention, type ScanReport } from "../../../src/engine/report/scan-report";

/**
 * Every mention the scan report lists points at its text in the file as stored: read the file,
 * take the line, cut at the column, and the mention is there. Checked on the example vault, the
 * seed vault, the corpus notes that are one note in every encoding (CRLF, CR, BOM, NFD), and
 * through the built CLI.
 */

const REFERENCE_TWINS = ["reference.md", "reference-crlf.md", "reference-cr.md", "reference-bom.md", "reference-nfd.md", "reference-everything.md"];
const CORPUS = resolve("test/corpus/notes");
const SEED_VAULT = resolve("../shared/seed-vault");

function storedLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Each mention's text is where its line and column say, in the file as read from disk. */
function expectInPlace(report: ScanReport, root: string): number {
  let checked = 0;
  for (const note of report.notes) {
    const lines = storedLines(readFileSync(join(root, note.path), "utf8"));
    for (const mention of note.mentions ?? []) {
      const line = lines[mention.line - 1] ?? "";
      expect(line.slice(mention.column - 1, mention.column - 1 + mention.length), `${note.path}:${mention.line}:${mention.column}`).toBe(mention.text);
      expect(mention.text.trim()).not.toBe("");
      checked++;
    }
  }
  return checked;
}

function reportOf(root: string): ScanReport {
  const files = readVault(root).files;
  const index = VaultIndex.build(files.map((f) => [f.path, f.text] as const));
  return buildScanReport(index, { vault: root, indexMs: 0, texts: new Map(files.map((f) => [f.path, f.text])) });
}

describe("mention positions in the scan report", () => {
  it("point at their text in every note of the example vault", () => {
    expect(expectInPlace(reportOf(resolve("example-vault")), resolve("example-vault"))).toBeGreaterThan(500);
  });

  // The seed vault lives beside the repository in our workspace, not in a clone of it.
  it.skipIf(!existsSync(SEED_VAULT))("point at their text in every note of the seed vault", () => {
    expect(expectInPlace(reportOf(SEED_VAULT), SEED_VAULT)).toBeGreaterThan(50);
  });

  it("agree with the index: as many as it counts, and linked where it says", () => {
    const report = reportOf(resolve("example-vault"));
    for (const note of report.notes) {
      const listed = new Map<string, number>();
      for (const mention of note.mentions ?? []) listed.set(mention.conceptId, (listed.get(mention.conceptId) ?? 0) + 1);
      const counted = new Map(note.concepts.map((c) => [report.concepts.find((r) => r.name === c.name)?.id ?? c.name, c.count]));
      expect(listed).toEqual(counted);
    }
    expect(report.notes.some((note) => note.mentions?.some((m) => m.linked))).toBe(true);
  });

  it("point at their text in one note stored in every encoding, and name the same mentions", () => {
    const byTwin = new Map<string, ReportMention[]>();
    for (const twin of REFERENCE_TWINS) {
      const text = readFileSync(join(CORPUS, twin), "utf8");
      const index = VaultIndex.build([[twin, text]]);
      const report = buildScanReport(index, { vault: "corpus", indexMs: 0, texts: new Map([[twin, text]]) });
      const lines = storedLines(text);
      const mentions = report.notes[0]?.mentions ?? [];
      expect(mentions.length, twin).toBeGreaterThanOrEqual(5);
      for (const m of mentions) expect(lines[m.line - 1]?.slice(m.column - 1, m.column - 1 + m.length), `${twin}:${m.line}:${m.column}`).toBe(m.text);
      byTwin.set(twin, mentions);
    }
    const plain = (mentions: ReportMention[]): unknown => mentions.map((m) => [m.conceptId, m.line, m.text.normalize("NFC"), m.linked]);
    const reference = plain(byTwin.get("reference.md") ?? []);
    for (const twin of REFERENCE_TWINS) expect(plain(byTwin.get(twin) ?? []), twin).toEqual(reference);
    // An NFD syllable is longer than its NFC twin.
    const nfd = byTwin.get("reference-nfd.md")?.find((m) => /[가-힣]/.test(m.text.normalize("NFC")));
    expect(nfd && nfd.text.length > nfd.text.normalize("NFC").length).toBe(true);
  });

  it("list a brand named in a compound after the compound, inside its span", () => {
    const text = "도커 이미지와 Kubernetes cluster\r\n";
    const index = VaultIndex.build([["a.md", text]]);
    const mentions = buildScanReport(index, { vault: "", indexMs: 0, texts: new Map([["a.md", text]]) }).notes[0]?.mentions ?? [];
    expect(mentions.map((m) => [m.conceptId, m.column, m.text])).toEqual([
      ["container-image", 1, "도커 이미지"],
      ["docker", 1, "도커"],
      ["kubernetes-cluster", 9, "Kubernetes cluster"],
      ["kubernetes", 9, "Kubernetes"],
    ]);
  });

  it("are left out when the texts are not given (the report reads no note twice unasked)", () => {
    const index = VaultIndex.build([["a.md", "도커"]]);
    expect(buildScanReport(index, { vault: "", indexMs: 0 }).notes[0]?.mentions).toBeUndefined();
  });
});

describe("scan --json through the built CLI", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "linked-devops-positions-"));
    writeFileSync(join(dir, "crlf.md"), "# 도커 정리\r\n도커는 컨테이너를 돌린다\r\n[[Docker|도커]]와 k8s 클러스터\r\n");
    writeFileSync(join(dir, "bom.md"), "\ufeff쿠버네티스 노드와 파드\n");
    writeFileSync(join(dir, "nfd.md"), "도커 이미지와 컨테이너\n".normalize("NFD"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives each note's mentions with line, column, length, text, concept id and linked", () => {
    const report = JSON.parse(execFileSync("node", [resolve("dist/cli.cjs"), "scan", dir, "--json"], { encoding: "utf8" })) as ScanReport;
    expect(report.version).toBe(1);
    expect(expectInPlace(report, dir)).toBeGreaterThanOrEqual(10);
    const crlf = report.notes.find((n) => n.path === "crlf.md")?.mentions ?? [];
    // A wikilink naming a concept is one linked mention of it, the whole link as written.
    expect(crlf.find((m) => m.linked)).toMatchObject({ line: 3, column: 1, length: 13, text: "[[Docker|도커]]", conceptId: "docker", linked: true });
    expect(Object.keys(crlf[0] ?? {}).sort()).toEqual(["column", "conceptId", "length", "line", "linked", "text"]);
    // The byte-order mark is the first unit of line 1.
    const bom = report.notes.find((n) => n.path === "bom.md")?.mentions ?? [];
    expect(bom.map((m) => [m.conceptId, m.column, m.text])).toEqual([["kubernetes-node", 2, "쿠버네티스 노드"], ["kubernetes", 2, "쿠버네티스"], ["pod", 12, "파드"]]);
    const nfd = report.notes.find((n) => n.path === "nfd.md")?.mentions ?? [];
    expect(nfd.map((m) => [m.conceptId, m.text.normalize("NFC")])).toEqual([["container-image", "도커 이미지"], ["docker", "도커"], ["container", "컨테이너"]]);
  });
});
