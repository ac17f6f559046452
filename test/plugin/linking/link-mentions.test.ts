// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Notice } from "../../fakes/obsidian";
import { loadPlugin, openFile, type Harness } from "../plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

describe("link concept mentions in the current note", () => {
  it("links concept mentions Korean-aware, changing only the spans it reports", async () => {
    const note = [
      "---",
      "tags: [도커]",
      "---",
      "도커는 컨테이너를 돌린다. 도커를 또 쓴다.",
      "```bash",
      "docker run 도커",
      "```",
      "`도커` 와 [[Kubernetes|쿠버네티스]]란 https://docker.com/도커",
      "| 도구 | 설명 |",
      "|---|---|",
      "| 포드맨 | 데몬 없음 |",
      "",
    ].join("\r\n");
    harness = await loadPlugin({ files: { "연습.md": note } });
    await openFile(harness, "연습.md");
    await harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    const after = readFileSync(join(harness.root, "연습.md"), "utf8");
    expect(after).toBe(note.replace("도커는", "[[Docker|도커]]는").replace("| 포드맨 |", "| [[Podman\\|포드맨]] |"));
    expect(Notice.messages).toContain("Linked 2 mentions.");
    await harness.settle();
    await harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    expect(readFileSync(join(harness.root, "연습.md"), "utf8")).toBe(after);
  });

  it("links every mention when the setting asks for it, and says which concepts have no note", async () => {
    harness = await loadPlugin({ files: { "b.md": "도커는 좋고 도커를 쓰며 테라폼도 쓴다\n" } });
    harness.plugin.data.settings.linkEveryMention = true;
    await openFile(harness, "b.md");
    await harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    expect(readFileSync(join(harness.root, "b.md"), "utf8")).toBe("[[Docker|도커]]는 좋고 [[Docker|도커]]를 쓰며 테라폼도 쓴다\n");
    expect(Notice.messages.some((m) => m.includes("Terraform"))).toBe(true);
  });
});
