import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { buildDashboard } from "../../../src/engine/dashboard/build-dashboard";
import { DASHBOARD_MARKER, renderDashboardMarkdown } from "../../../src/engine/dashboard/render-markdown";
import { queueWith } from "../../../src/engine/dashboard/queue-reasons";
import { VaultIndex } from "../../../src/engine/index/vault-index";

const exampleVault = (): VaultIndex => VaultIndex.build(readVault("example-vault").files.map((f) => [f.path, f.text] as const));

describe("buildDashboard", () => {
  it("totals the vault and groups open and unsure questions by note", () => {
    const model = buildDashboard(exampleVault());
    expect(model.totals).toMatchObject({ notes: 15, questions: 35, open: 11, unsure: 7, answered: 17 });
    const meeting = model.questionsByNote.find((g) => g.path === "회의록 - 배포 파이프라인.md");
    expect(meeting?.questions.map((q) => [q.line, q.status])).toEqual([[47, "open"], [49, "open"], [51, "open"]]);
    expect(model.questionsByNote.every((g) => g.questions.every((q) => q.status !== "answered"))).toBe(true);
  });

  it("ranks concepts by mentions with linked and unlinked notes and related concepts", () => {
    const model = buildDashboard(exampleVault());
    const mentions = model.concepts.map((c) => c.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    const docker = model.concepts.find((c) => c.id === "docker");
    expect(docker?.linkedNotes).toBeGreaterThan(0);
    expect((docker?.linkedNotes ?? 0) + (docker?.unlinkedNotes ?? 0)).toBe(docker?.notes);
    expect(docker?.conceptNote).toBe("Concepts/Docker.md");
    expect(docker?.related.map((r) => r.name)).toContain("Container");
  });

  it("puts notes with open questions first in the set-aside queue, and keeps out the notes set aside", () => {
    const index = exampleVault();
    const queue = buildDashboard(index).setAsideQueue;
    expect(queue[0]?.path).toBe("회의록 - 배포 파이프라인.md");
    expect(queue.map((e) => e.score)).toEqual([...queue.map((e) => e.score)].sort((a, b) => b - a));
    const hidden = buildDashboard(index, { setAside: new Set(["회의록 - 배포 파이프라인.md"]) }).setAsideQueue;
    expect(hidden.map((e) => e.path)).not.toContain("회의록 - 배포 파이프라인.md");
    expect(hidden).toHaveLength(queue.length - 1);
  });

  it("says why each note waits in the queue, and can keep only the notes waiting for some reasons", () => {
    const index = VaultIndex.build([
      ["open.md", "Q. 왜 도커지?\n"],
      ["loose.md", "키워드 :\n\n관련 : [[어디에도 없는 노트]]\n![[그림.png]]\n"],
      ["unsure.md", "Q. 파드는 뭐지?\n-> 컨테이너 묶음? 잘 모르겠다\n"],
      ["fine.md", "[[open]]\n"],
    ]);
    index.addFiles(["그림.png"]);
    const queue = buildDashboard(index).setAsideQueue;
    expect(queue.map((e) => [e.path, e.reasons])).toEqual([
      ["open.md", ["open"]],
      ["loose.md", ["empty-fields", "missing-links"]],
      ["unsure.md", ["unsure"]],
    ]);
    expect(queue.find((e) => e.path === "loose.md")?.missingLinks).toEqual([{ target: "어디에도 없는 노트", line: 3 }]);
    const missing = buildDashboard(index, { queueReasons: new Set(["missing-links"]) });
    expect(missing.setAsideQueue.map((e) => e.path)).toEqual(["loose.md"]);
    expect(missing.queueReasons).toEqual(["missing-links"]);
    expect(missing.totals).toEqual(buildDashboard(index).totals);
    expect(queueWith(queue, new Set(["open", "unsure"])).map((e) => e.path).sort()).toEqual(["open.md", "unsure.md"]);
    expect(renderDashboardMarkdown(missing)).toContain("Only notes with missing links.");
  });

  it("narrows everything to the notes of one tag", () => {
    const model = buildDashboard(exampleVault(), { tag: "기획안" });
    expect(model.tagFilter).toBe("기획안");
    expect(model.totals.notes).toBe(1);
    expect(model.questionsByNote.map((g) => g.path)).toEqual(["회의록 - 배포 파이프라인.md"]);
    expect(model.tags.every((t) => t.notes.every((p) => p === "회의록 - 배포 파이프라인.md"))).toBe(true);
  });
});

describe("renderDashboardMarkdown", () => {
  it("renders the example vault's dashboard as this approved note", async () => {
    const markdown = renderDashboardMarkdown(buildDashboard(exampleVault()), { generatedOn: "2026-01-01" });
    expect(markdown.startsWith(DASHBOARD_MARKER)).toBe(true);
    await expect(markdown).toMatchFileSnapshot("__snapshots__/example-vault-dashboard.md");
  });
});
