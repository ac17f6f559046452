import { describe, expect, it } from "vitest";
import { capitalisedByPlace } from "../../../src/engine/concepts/capitalised-by-place";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * A capital that an English line or sentence imposes (`### Deployment`, `Done. Deployment …`)
 * says nothing of the sense; a capital inside a sentence, or anywhere in Korean prose, does.
 */
describe("a capital owed to its place", () => {
  const at = (line: string, word = "Deployment"): boolean => capitalisedByPlace(line, line.indexOf(word));

  it.each([
    ["### Deployment"],
    ["- Deployments run every night"],
    ["> **Deployment** took an hour"],
    ["1. Deployment"],
    ["We tested it twice. Deployment took an hour."],
    ["Kind: Deployment"],
  ])("owes it: %s", (line) => expect(at(line)).toBe(true));

  it.each([
    ["The Deployment keeps three pods running"],
    ["Deployment 는 롤아웃 이력을 남긴다"],
    ["## Deployment 전략"],
    ["- Deployment가 ReplicaSet을 만든다"],
  ])("chose it: %s", (line) => expect(at(line)).toBe(false));

  it("leaves a heading's Deployment to its section, in a note as in a line", () => {
    const ids = (text: string): string[] => parseNote("notes/a.md", text).mentions.map((m) => m.conceptId);
    expect(ids("### Deployment\n\nThis section has moved to the hosting docs.\n")).not.toContain("kubernetes-deployment");
    expect(ids("## Deployment\n\nA Deployment keeps its Pods at the replica count.\n").filter((id) => id === "kubernetes-deployment")).toHaveLength(2);
    expect(ids("Deployment 는 롤아웃 이력을 남긴다\n")).toContain("kubernetes-deployment");
  });
});
