import { describe, expect, it } from "vitest";
import { MatchScan } from "../../../src/engine/concepts/concept-matcher";
import { addOutsideEvidence } from "../../../src/engine/concepts/outside-evidence";
import { parseNote } from "../../../src/engine/parse/parse-note";

const concepts = (text: string, path = "notes.md"): string[] => parseNote(path, text).mentions.map((m) => m.conceptId);

/** A wikilink to a concept is evidence for the words around it, as the name written out is. */
describe("links as evidence", () => {
  it("reads the words around a bare link as they are read around the written name", () => {
    expect(concepts("## Policies\n- Network policies control how [[Pod]] talk to each other\n")).toEqual(["network-policy", "pod"]);
    expect(concepts("## Policies\n- Network policies control how Pods talk to each other\n")).toEqual(["network-policy", "pod"]);
    expect(concepts("## Volumes\n- Works only in single-node clusters, as a [[hostPath]] volume does\n", "Volumes.md")).toContain("kubernetes-node");
  });

  it("leaves the words alone where no link or name speaks of their domain", () => {
    expect(concepts("## Policies\n- Network policies control how [[Routers]] talk to each other\n")).toEqual([]);
  });

  it("merges the links' evidence into the scan's in order of where it ends, leaving out a link whose display text was read", () => {
    const scan = new MatchScan();
    scan.addEvidence(5, 1);
    scan.addEvidence(20, 2);
    scan.addEvidence(40, 4);
    scan.addItem(0, 31, 36, undefined);
    // Links at 8..14 (domains 8), 18..26 (its display text gave the evidence ending at 20), 30..38
    // (its display text holds a word read by context), and 50..60.
    addOutsideEvidence(scan, { starts: [8, 18, 30, 50], ends: [14, 26, 38, 60], masks: [8, 2, 32, 16] });
    expect(Array.from(scan.evidenceEnds.subarray(0, scan.evidenceCount))).toEqual([5, 14, 20, 40, 60]);
    expect(Array.from(scan.evidenceMasks.subarray(0, scan.evidenceCount))).toEqual([1, 8, 2, 4, 16]);
  });

  it("reads a mention the same once the linker has made it a link", () => {
    const before = "## Firewall\n| rule | INGRESS |\n| k8s | [[Ingress|INGRESS]] |\n";
    expect(concepts(before)).toEqual(concepts(before.replace("[[Ingress|INGRESS]]", "INGRESS")));
  });

  it("keeps the scan's evidence in order of where each piece ends when two lists are added in turn", () => {
    const scan = new MatchScan();
    const links = { starts: [0, 30], ends: [10, 40], masks: [1, 2] };
    const commands = { starts: [12, 41], ends: [20, 50], masks: [4, 8] };
    addOutsideEvidence(scan, links);
    addOutsideEvidence(scan, commands);
    expect(Array.from(scan.evidenceEnds.subarray(0, scan.evidenceCount))).toEqual([10, 20, 40, 50]);
    expect(Array.from(scan.evidenceMasks.subarray(0, scan.evidenceCount))).toEqual([1, 4, 2, 8]);
    addOutsideEvidence(scan, { starts: [], ends: [], masks: [] });
    expect(scan.evidenceCount).toBe(4);
  });

  it("grows the scan's arrays when the links need more room", () => {
    const scan = new MatchScan();
    const links = { starts: [] as number[], ends: [] as number[], masks: [] as number[] };
    for (let i = 0; i < 100; i++) {
      links.starts.push(10 * i);
      links.ends.push(10 * i + 5);
      links.masks.push(1);
    }
    addOutsideEvidence(scan, links);
    expect(scan.evidenceCount).toBe(100);
    expect(scan.evidenceEnds[99]).toBe(995);
  });
});
