import { describe, expect, it } from "vitest";
import { ConceptMatcher } from "../../../src/engine/concepts/concept-matcher";
import { VaultConcepts } from "../../../src/engine/index/vault-concepts";

/**
 * The matcher built in steps (for a shell that gives each step a task of its own) is the
 * matcher `matcher` would build: same mentions, Korean and English, and it is not built again
 * when asked for; a change of declarations between the steps is never answered by their work.
 */

const TEXT = "Argo Rollouts로 카나리 배포를 했다. 롤아웃 전략과 Docker 이미지, 쿠버네티스 파드를 함께 본다.";
const found = (matcher: ConceptMatcher, text: string): string[] => matcher.find(text).map((m) => `${m.conceptId}@${m.start}`);

function concepts(): VaultConcepts {
  const vault = new VaultConcepts();
  vault.declare([["Concepts/Argo Rollouts.md", { name: "Argo Rollouts", aliases: ["롤아웃"] }]]);
  return vault;
}

describe("the matcher built in steps", () => {
  it("finds what the matcher built at once finds, and is the one `matcher` gives", () => {
    const stepped = concepts();
    const steps = stepped.matcherSteps();
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) step();
    const built = (Reflect.get(stepped, "built") as { matcher?: ConceptMatcher } | undefined)?.matcher;
    expect(built).toBeInstanceOf(ConceptMatcher);
    expect(stepped.matcher).toBe(built);
    const once = new ConceptMatcher(concepts().set);
    expect(found(stepped.matcher, TEXT)).toEqual(found(once, TEXT));
    expect(found(stepped.matcher, TEXT)).toEqual(["user:argo-rollouts@0", "canary-deployment@15", "user:argo-rollouts@27", "docker@35", "container-image@42", "kubernetes@47", "pod@53"]);
  });

  it("leaves its work unused when the declarations change between the steps", () => {
    const vault = concepts();
    const steps = vault.matcherSteps();
    steps.slice(0, 2).forEach((step) => step());
    vault.declare([["Concepts/Flagger.md", { name: "Flagger", aliases: ["플래거"] }]]);
    expect(vault.set.concepts.some((c) => c.name === "Flagger")).toBe(true); // the new set, asked for before the last steps
    steps.slice(2).forEach((step) => step());
    expect(found(vault.matcher, "플래거와 롤아웃")).toEqual(["user:flagger@0", "user:argo-rollouts@5"]);
  });

  it("does nothing once the matcher is built", () => {
    const vault = concepts();
    const matcher = vault.matcher;
    for (const step of vault.matcherSteps()) step();
    expect(vault.matcher).toBe(matcher);
  });
});
