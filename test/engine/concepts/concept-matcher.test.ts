import { describe, expect, it } from "vitest";
import { builtinMatcher } from "../../../src/engine/concepts/builtin-concepts";
import { MATCHER_CASES } from "./concept-matcher.cases";

const matcher = builtinMatcher();
const nameOf = (id: string): string => matcher.concepts.get(id)?.name ?? id;
/** A brand named inside a compound (`도커` of `도커 이미지`) comes first, then the compound. */
const namesIn = (text: string): string[] => matcher.find(text).flatMap((m) => (m.brand ? [nameOf(m.brand.conceptId), nameOf(m.conceptId)] : [nameOf(m.conceptId)]));

describe("ConceptMatcher examples", () => {
  it.each(MATCHER_CASES)("%s", (text, expected) => {
    expect(namesIn(text)).toEqual(expected);
  });

  it("has at least 100 examples, positive and negative, and prints its precision and recall", () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const [text, expected] of MATCHER_CASES) {
      const remaining = [...expected];
      for (const name of namesIn(text)) {
        const at = remaining.indexOf(name);
        if (at === -1) falsePositives++;
        else {
          truePositives++;
          remaining.splice(at, 1);
        }
      }
      falseNegatives += remaining.length;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(`matcher over ${MATCHER_CASES.length} examples: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} found, ${falsePositives} wrong, ${falseNegatives} missed)`);
    expect(MATCHER_CASES.length).toBeGreaterThanOrEqual(100);
    expect(MATCHER_CASES.filter(([, expected]) => expected.length === 0).length).toBeGreaterThanOrEqual(25);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });
});

describe("ConceptMatcher offsets", () => {
  it("reports the name as written, particles outside the span", () => {
    const text = "도커는 컨테이너를";
    const [docker, container] = matcher.find(text);
    expect(text.slice(docker?.start, docker?.end)).toBe("도커");
    expect(text.slice(container?.start, container?.end)).toBe("컨테이너");
  });

  it("finds the longest name where names overlap", () => {
    const found = matcher.find("Dockerfile and docker-compose.yml");
    expect(found.map((m) => m.conceptId)).toEqual(["dockerfile", "docker-compose"]);
    expect(found[1]?.end).toBe("Dockerfile and docker-compose.yml".length);
  });
});
