import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * Korean prose writes 배포 for the act of deploying: a capitalised `Deployment` on a Korean line
 * is the Kubernetes object, whatever CI/CD words are around it, unless it ends a title-case term
 * borrowed whole (`Container Deployment`, the gloss of 컨테이너 배포). English lines are read by
 * their evidence as before.
 */
describe("a capitalised Deployment", () => {
  const concepts = (text: string): string[] => parseNote("notes.md", text).mentions.map((m) => m.conceptId);

  it("is the Kubernetes object on a Korean line, beside rolling updates and pipelines", () => {
    expect(concepts("## 롤링 업데이트\nRolling Update는 기존 Deployment를 하나씩 교체한다\n")).toEqual(["rolling-update", "rolling-update", "kubernetes-deployment"]);
    expect(concepts("## 설정\n컨피그맵과 시크릿은 Deployment와 분리 관리되므로 CI/CD 파이프라인에서 유용하다\n")).toContain("kubernetes-deployment");
  });

  it("is read by its evidence at the end of a title-case term, and on an English line", () => {
    expect(concepts("## 배포의 역사\n### 3. Container Deployment(컨테이너 배포)\n")).not.toContain("kubernetes-deployment");
    expect(concepts("## Pipelines\nThe pipeline promotes each Deployment to staging.\n")).toEqual(["deployment"]);
  });
});
