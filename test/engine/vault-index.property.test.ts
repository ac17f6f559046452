import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { buildScanReport } from "../../src/engine/report/scan-report";

/**
 * The index kept current edit by edit must equal the index built from scratch, whatever the
 * edits: self-links, renames onto existing paths, concept notes renamed or deleted.
 */

const PATHS = ["a.md", "b.md", "dir/a.md", "Docker.md", "Concepts/Argo Rollouts.md", "HOME 🌎.md"];

const fragment = fc.constantFrom(
  "도커는 컨테이너를 돌린다",
  "쿠버네티스란 무엇인가",
  "아르고 롤아웃으로 배포",
  "Argo Rollouts 정리",
  "[[a]]",
  "[[b]]",
  "[[dir/a]]",
  "[[Docker|도커]]는",
  "[[Argo Rollouts]]",
  "[[HOME 🌎]]",
  "[[missing]]",
  "#devops",
  "#k8s/pod",
  "# 제목",
  "## 두 번째 절",
  "Q. 이게 도커인건가?",
  "-> 컨테이너를 관리하는 툴이다.",
  "Q. 포드맨은?",
  "키워드 :",
  "```bash\ndocker ps\n```",
);

const frontmatter = fc.constantFrom("", "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\n", "---\ntags: [concept]\naliases: [도커]\n---\n", "---\ntags : [기획안]\n---\n");

const noteText = fc.tuple(frontmatter, fc.array(fragment, { maxLength: 8 })).map(([fm, parts]) => fm + parts.join("\n"));

const operation = fc.oneof(
  fc.record({ kind: fc.constant("upsert" as const), path: fc.constantFrom(...PATHS), text: noteText }),
  fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant("rename" as const), path: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }),
);

function snapshot(index: VaultIndex): unknown {
  const report = buildScanReport(index, { vault: "", indexMs: 0 });
  const backlinks = index.paths().map((path) => [path, [...index.backlinks(path)].sort()]);
  const concepts = index.concepts.concepts.map((c) => [c.id, c.name, [...c.en].sort(), [...c.ko].sort(), c.notePath ?? null]);
  return { report, backlinks, concepts, coMentions: index.coMentions().sort((x, y) => (x.a + x.b).localeCompare(y.a + y.b)) };
}

describe("VaultIndex incremental updates", () => {
  it("equal a rebuild after any sequence of upsert, remove and rename", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const files = new Map<string, string>();
        const index = new VaultIndex();
        for (const op of operations) {
          if (op.kind === "upsert") {
            files.set(op.path, op.text);
            index.upsert(op.path, op.text);
          } else if (op.kind === "remove") {
            files.delete(op.path);
            index.remove(op.path);
          } else if (files.has(op.path) && op.path !== op.to) {
            files.set(op.to, files.get(op.path) as string);
            files.delete(op.path);
            index.rename(op.path, op.to);
          }
          // The shell's part: notes whose mentions predate a concept change are read again.
          for (const path of index.staleNotes()) index.upsert(path, files.get(path) as string);
        }
        expect(snapshot(index)).toEqual(snapshot(VaultIndex.build(files)));
      }),
      { numRuns: 300 },
    );
  });
});
