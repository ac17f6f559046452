import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestAnswers } from "../../../src/engine/answers/suggest-answers";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { replayOperations } from "../index/replay-operations";

/**
 * What answer suggestions read of the index (the words of each record, how many notes hold each
 * word, note lengths) kept current edit by edit equals the same built from scratch, renames of
 * concept notes included; and so do the suggestions.
 */

const PATHS = ["a.md", "dir/b.md", "Route tables.md", "Concepts/Docker.md", "라우팅 정리.md", "세미나.md".normalize("NFD")];
const fragment = fc.constantFrom(
  "도커는 컨테이너를 돌린다",
  "라우팅 테이블은 서브넷마다 하나",
  "Routes and route tables decide where packets go",
  "# 라우팅",
  "## Docker 캐시",
  "Q. 캐시는 어디에 저장되지?",
  "-> 로컬 디스크",
  "Q. 롤백은 어떻게 하지?",
  "- 재시작되면 IP가 바뀐다",
  "[[Route tables]]",
  "```bash\nroute add default gw\n```",
);
const frontmatter = fc.constantFrom("", "---\ntags: [concept]\naliases: [도커]\n---\n");
const noteText = fc.tuple(frontmatter, fc.array(fragment, { maxLength: 6 })).map(([fm, parts]) => fm + parts.join("\n"));
const path = fc.constantFrom(...PATHS);
const operation = fc.oneof(
  fc.record({ kind: fc.constant("upsert" as const), path, text: noteText }),
  fc.record({ kind: fc.constant("remove" as const), path }),
  fc.record({ kind: fc.constant("rename" as const), path, to: path }),
);

function snapshot(index: VaultIndex): unknown {
  const records = index.paths().map((p) => [p, index.note(p)?.terms, index.note(p)?.wordCount]);
  const ask = (text: string) => suggestAnswers(index, { path: "question.md", text, heading: "라우팅" });
  return { answers: index.answers.snapshot(), records, suggestions: [ask("캐시와 라우팅 테이블은?"), ask("Docker 롤백은?")] };
}

describe("answer suggestions, kept current edit by edit", () => {
  it("equal a rebuild after any sequence of upsert, remove and rename", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 20 }), (operations) => {
        const { index, files } = replayOperations(operations);
        expect(snapshot(index)).toEqual(snapshot(VaultIndex.build(files)));
      }),
      { numRuns: 200 },
    );
  });
});
