import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * A pod's labels and a Service's or a ReplicaSet's selector are a concept of their own, written
 * out (`label selector`, 라벨 셀렉터) or as the bare words where the section speaks of
 * Kubernetes; a metric's labels, an issue's, a CSS selector and a build agent's label are not.
 */
describe("labels and selectors", () => {
  const concepts = (path: string, text: string): string[] => parseNote(path, text).mentions.map((m) => m.conceptId);

  it("are Kubernetes' where the section speaks of it, in either language", () => {
    expect(concepts("notes.md", "## 레플리카셋\n셀렉터와 일치하는 레이블을 가진 파드를 관리한다\n")).toEqual(["replicaset", "labels-selectors", "labels-selectors", "pod"]);
    expect(concepts("notes.md", "## Services\nA Service finds its pods by label, not by IP.\n")).toEqual(expect.arrayContaining(["labels-selectors", "pod"]));
    expect(concepts("notes.md", "Service는 라벨 셀렉터로 파드 묶음을 고른다\n")).toContain("labels-selectors");
  });

  it("are none of ours on a metric, an issue, a CSS rule or a build agent", () => {
    expect(concepts("notes.md", "## Loki\nLoki indexes only the labels of each log stream, not the lines.\n")).not.toContain("labels-selectors");
    expect(concepts("notes.md", "## 스타일\nCSS 셀렉터로 버튼을 고른다\n")).not.toContain("labels-selectors");
    expect(concepts("notes.md", "## Triage\nGitHub labels mark each issue as a bug or a feature.\n")).not.toContain("labels-selectors");
    expect(concepts("jenkins/README.md", "### seed job\n`MASTER` 라벨을 가진 빌드는 마스터 노드에서 돈다\n")).toEqual([]);
  });

  it("are no concept with nothing around them", () => {
    expect(concepts("notes.md", "Put a label on every box before the move.\n")).toEqual([]);
  });
});
