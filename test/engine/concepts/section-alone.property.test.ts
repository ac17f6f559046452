import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * A section reads the same alone as inside its note: the editor re-reads only the section being
 * typed in, so no word may be read against another section, the note's tags or anything but
 * its line, its section and the note's path. Notes are made of the words read by context and
 * the evidence that decides them, spread over sections.
 */
const LINES = [
  "이미지를 받아서 띄운다", "nginx 이미지", "노드가 NotReady 다", "서비스를 NodePort 로 노출", "클러스터를 만든다", "배포 자동화",
  "볼륨을 마운트", "네임스페이스를 지운다", "컨테이너로 띄운다", "부모 컨테이너에 flex", "Apache Kafka", "아파치 설정", "ingress rules",
  "인그레스", "CI와 CD", "도커 이미지", "kubectl get pods", "docker ps 로 확인", "Spring IoC 컨테이너", "스크린샷 이미지", "리전을 고른다",
  "플레이북", "Secret 을 만든다", "MySQL 클러스터", "tags: #k8s", "파드", "리눅스", "",
  // 99 lines that speak of nothing: sections long enough that their evidence must be dense to count.
  Array.from({ length: 99 }, (_, n) => `메모 ${n + 1}`).join("\n"),
];
const HEADINGS = ["# Docker", "## 쿠버네티스", "## CSS", "## 정리", "### 설치", "## Ansible"];

const note = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 4 }), fc.array(fc.tuple(fc.constantFrom(...HEADINGS), fc.array(fc.constantFrom(...LINES), { maxLength: 4 })), { maxLength: 5 }))
  .map(([first, sections]) => ({ first, sections }));
const path = fc.constantFrom("note.md", "Kubernetes/노트.md", "CSS/layout.md", "Docker/이미지 정리.md");

describe("mentions of a section", () => {
  it("are the same read alone as read inside the whole note", () => {
    fc.assert(
      fc.property(note, path, ({ first, sections }, notePath) => {
        const pieces = [first.join("\n"), ...sections.map(([heading, lines]) => [heading, ...lines].join("\n"))];
        const whole = pieces.join("\n");
        const mentions = parseNote(notePath, whole).mentions;
        let offset = 0;
        for (const piece of pieces) {
          const inside = mentions.filter((m) => m.start >= offset && m.end <= offset + piece.length).map((m) => [m.conceptId, m.start - offset, m.end - offset, m.brand?.conceptId]);
          const alone = parseNote(notePath, piece).mentions.map((m) => [m.conceptId, m.start, m.end, m.brand?.conceptId]);
          expect(alone).toEqual(inside);
          offset += piece.length + 1;
        }
      }),
      { numRuns: 300 },
    );
  });
});
