import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { buildScanReport } from "../../../src/engine/report/scan-report";
import { replayOperations } from "./replay-operations";

/**
 * The index kept current edit by edit must equal the index built from scratch, whatever the
 * edits: self-links, renames onto existing paths, concept notes renamed or deleted.
 */

const PATHS = ["a.md", "b.md", "dir/a.md", "Docker.md", "Concepts/Argo Rollouts.md", "HOME 🌎.md"];
/** File names users have: emoji, spaces, `#`, `^`, `[`, `|`, and Korean in NFD as macOS writes it. */
const NASTY_PATHS = ["🐳 도커  정리.md", "C# 기초.md", "a^b.md", "[초안] 노트.md", "a|b.md", "세미나.md".normalize("NFD"), "세미나.md", "dir/세미나.md"];

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
  // Nastier: NFD text, CRLF, unclosed fences and markup, links to the nasty names.
  "도커는 컨테이너를 돌린다".normalize("NFD"),
  "[[세미나]]".normalize("NFD"),
  "[[세미나]]",
  "줄 끝이 CRLF\r\n다음 줄",
  "```",
  "%% 열린 주석",
  "==열린 강조",
  "[[열린 링크",
  "[[🐳 도커  정리]]",
  "[[C# 기초]]",
  "[C#](C%23%20기초.md)",
  "[[a^b]]",
  "[[[초안] 노트]]",
  "[[a|b]]",
  "[x](a%7Cb.md)",
  "\u0000\uFEFF\uD800",
);

const frontmatter = fc.constantFrom("", "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\n", "---\ntags: [concept]\naliases: [도커]\n---\n", "---\ntags : [기획안]\n---\n");

const noteText = fc.tuple(frontmatter, fc.array(fragment, { maxLength: 8 })).map(([fm, parts]) => fm + parts.join("\n"));

const path = fc.constantFrom(...PATHS, ...NASTY_PATHS);
const operation = fc.oneof(
  fc.record({ kind: fc.constant("upsert" as const), path, text: noteText }),
  fc.record({ kind: fc.constant("remove" as const), path }),
  fc.record({ kind: fc.constant("rename" as const), path, to: path }),
);

function snapshot(index: VaultIndex): unknown {
  const report = buildScanReport(index, { vault: "", indexMs: 0 });
  const backlinks = index.paths().map((path) => [path, [...index.backlinks(path)].sort()]);
  const concepts = index.concepts.concepts.map((c) => [c.id, c.name, [...c.en].sort(), [...c.ko].sort(), c.notePath ?? null]);
  // The inverse map of questions to concepts says what a scan of every question says.
  const about = (found: (id: string) => Array<{ path: string; line: number }>): Array<[string, string[]]> =>
    index.concepts.concepts.map((c): [string, string[]] => [c.id, found(c.id).map((q) => `${q.path}:${q.line}`)]).filter(([, lines]) => lines.length > 0);
  const questionsAbout = about((id) => index.questionsAbout(id));
  const scanned = about((id) => index.questions().filter((q) => q.concepts.includes(id)));
  expect(questionsAbout).toEqual(scanned);
  return { report, backlinks, concepts, questionsAbout, coMentions: index.coMentions().sort((x, y) => (x.a + x.b).localeCompare(y.a + y.b)) };
}

describe("VaultIndex incremental updates", () => {
  it("equal a rebuild after any sequence of upsert, remove and rename", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const { index, files } = replayOperations(operations);
        expect(snapshot(index)).toEqual(snapshot(VaultIndex.build(files)));
      }),
      { numRuns: 300 },
    );
  });
});
