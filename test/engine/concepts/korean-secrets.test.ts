import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * Korean borrows 시크릿 for the Kubernetes object (a secret is 비밀, a secret value 비밀값): a
 * 시크릿 with nothing around it is a Kubernetes Secret, one where the section speaks of a
 * repository or a cloud (GitHub's settings, AWS's console) is none of ours.
 */
describe("시크릿", () => {
  const concepts = (text: string): string[] => parseNote("notes.md", text).mentions.map((m) => m.conceptId);

  it("is a Kubernetes Secret with nothing around it, and beside a pipeline", () => {
    expect(concepts("## 시크릿 다루기\n시크릿 수정은 apply 로 한다\n")).toEqual(["kubernetes-secret", "kubernetes-secret"]);
    expect(concepts("## 배포 설정\n컨피그맵과 시크릿은 CI/CD 파이프라인에서 따로 관리한다\n")).toContain("kubernetes-secret");
  });

  it("is none of ours in a repository's settings or a cloud's console", () => {
    expect(concepts("## CI\nGitHub 저장소 설정에서 시크릿을 추가한다\n")).not.toContain("kubernetes-secret");
    expect(concepts("## 자격 증명\nAWS 콘솔에서 시크릿 값을 회전시킨다\n")).toEqual(["aws"]);
  });
});
