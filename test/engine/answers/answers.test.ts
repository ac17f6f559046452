import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { questionAtLine } from "../../../src/engine/answers/question-at-line";
import { suggestAnswers } from "../../../src/engine/answers/suggest-answers";
import { ANSWERS_VAULT, hitRates, rankAllCases } from "./answer-evaluation";

const { index, ranked } = rankAllCases();

function ask(at: string, question: string) {
  const text = readFileSync(join(ANSWERS_VAULT, at), "utf8");
  const line = text.split("\n").findIndex((l) => l.includes(question)) + 1;
  const asked = questionAtLine(index, at, text, line);
  if (!asked) throw new Error(`no question at ${at}:${line}`);
  return suggestAnswers(index, asked, { limit: 3 });
}

describe("answer suggestions on the answers test vault", () => {
  it("find the answering note in the top 3 and first, well above BM25 on the same vault", () => {
    const rates = hitRates(ranked);
    const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
    console.info(
      `answer suggestions on ${rates.cases} questions: top-3 ${pct(rates.ours.top3)}, top-1 ${pct(rates.ours.top1)}; ` +
        `BM25 baseline: top-3 ${pct(rates.bm25.top3)}, top-1 ${pct(rates.bm25.top1)}`,
    );
    expect(rates.cases).toBeGreaterThanOrEqual(40);
    expect(rates.ours.top3).toBeGreaterThanOrEqual(0.9);
    expect(rates.ours.top1).toBeGreaterThanOrEqual(0.8);
    expect(rates.ours.top3).toBeGreaterThanOrEqual(rates.bm25.top3 + 0.15);
    expect(rates.ours.top1).toBeGreaterThanOrEqual(rates.bm25.top1 + 0.15);
  });

  it("hit on every kind of question: lexical, cross-language, other words, context", () => {
    for (const kind of ["lexical", "cross-language", "synonym", "context"] as const) {
      const ofKind = ranked.filter((r) => r.case.kind === kind);
      expect(ofKind.length).toBeGreaterThanOrEqual(5);
      expect(hitRates(ofKind).ours.top3).toBeGreaterThanOrEqual(0.8);
    }
  });

  it("never list the question's own note, nor notes that only ask the same questions", () => {
    for (const r of ranked) {
      expect(r.ours).not.toContain(r.case.at);
      expect(r.ours).not.toContain("Inbox/궁금한 것들.md");
      expect(r.ours).not.toContain("Inbox/DevOps interview questions.md");
    }
  });

  it("cross languages through the glossary and the lexicon, and say so", () => {
    const [first] = ask("TIL/2024/2024-02-05.md", "라우팅 테이블은 서브넷마다 따로 붙이나?");
    expect(first?.path).toBe("Networking/Route tables.md");
    // 라우팅 테이블 is the glossary's Route table, which the English note is titled by.
    expect(first?.reasons).toEqual(expect.arrayContaining([{ kind: "concept", text: "Route table" }, { kind: "title", text: "Route tables" }]));
    const [pod] = ask("TIL/2024/2024-02-19.md", "파드가 계속 재시작되는 이유는 뭘까?");
    expect(pod?.path).toBe("Kubernetes/Pod lifecycle and restarts.md");
    expect(pod?.reasons).toEqual(expect.arrayContaining([{ kind: "concept", text: "Pod" }, { kind: "term", text: "재시작" }]));
  });

  it("read the subject from the heading when the line says only 언제 무엇을 사용?", () => {
    const suggestions = ask("Seminars/세미나 - IaC.md", "언제 무엇을 사용?");
    const answer = suggestions.find((s) => s.path === "IaC/Terraform vs Ansible.md");
    expect(answer).toBeDefined();
    expect(answer?.reasons.map((r) => r.kind)).toContain("concept");
    expect(answer?.reasons).toEqual(expect.arrayContaining([{ kind: "concept", text: "Terraform" }, { kind: "concept", text: "Ansible" }]));
  });

  it("open a suggestion at the section whose heading names the subject", () => {
    const [grafana] = ask("Seminars/세미나 - 관측성.md", "설정 방법은?");
    expect(grafana?.path).toBe("Monitoring/Grafana alerting.md");
    expect(grafana?.heading).toBe("Grafana 알림 설정");
    expect(grafana?.line).toBe(3);
    expect(grafana?.reasons).toContainEqual({ kind: "heading", text: "Grafana 알림 설정" });
    const [argo] = ask("Seminars/세미나 - 배포 전략.md", "롤백은 어떻게 해?");
    expect(argo).toMatchObject({ path: "CI-CD/GitOps with Argo CD.md", heading: "Argo CD", line: 3 });
  });

  it("return plain data, the same for the same index and question", () => {
    const first = ask("Inbox/Ingress 공부.md", "동작 원리?");
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(ask("Inbox/Ingress 공부.md", "동작 원리?")).toEqual(first);
  });

  it("suggest nothing for a question with no words that say anything", () => {
    expect(suggestAnswers(index, { path: "Inbox/x.md", text: "뭐지?" })).toEqual([]);
  });
});
