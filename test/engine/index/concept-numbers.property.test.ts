import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collatedPlace, conceptNumber } from "../../../src/engine/index/concept-numbers";

describe("concept numbers: places in the ids' order", () => {
  const id = fc.oneof(fc.constantFrom("docker", "Docker", "docker-compose", "k8s", "kubernetes", "도커", "쿠버네티스", "ci-cd", "CI/CD", "aws-iam", "ec2"), fc.string({ minLength: 1, maxLength: 6 }), fc.stringMatching(/^[가-힣a-z-]{1,5}$/));

  it("order any ids, numbered in any order, as localeCompare orders them", () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 40 }), (ids) => {
        const numbers = ids.map((each) => conceptNumber(each));
        const byPlace = [...numbers].sort((a, b) => collatedPlace(a) - collatedPlace(b)).map((n) => ids[numbers.indexOf(n)]);
        const byCollator = [...ids].sort((a, b) => a.localeCompare(b));
        // Ids the collator calls equal may come in either order: compare the collator's view of each.
        byPlace.forEach((each, k) => expect((each as string).localeCompare(byCollator[k] as string)).toBe(0));
      }),
      { numRuns: 300 },
    );
  });
});
