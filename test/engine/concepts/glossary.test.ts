import { describe, expect, it } from "vitest";
import { BUILTIN_CONCEPTS, BUILTIN_CUES, BUILTIN_READINGS, BUILTIN_RELATIONS } from "../../../src/engine/concepts/glossary/builtin-glossary";
import { spacingVariants } from "../../../src/engine/concepts/match-patterns";
import { containsHangul } from "../../../src/engine/text/hangul";

/** The glossary's own rules (see builtin-glossary.ts): what the matcher relies on. */

/** Two forms the matcher cannot tell apart have one key: case, a hyphen for a space, Korean spaces. */
const keyOf = (form: string): string => {
  const folded = form.normalize("NFC").toLowerCase().replace(/[-\s]+/g, " ").trim();
  return containsHangul(folded) ? folded.replace(/ /g, "") : folded;
};

describe("the built-in glossary", () => {
  const ids = new Set(BUILTIN_CONCEPTS.map((c) => c.id));

  it("gives every concept its own id and every written form to one concept only", () => {
    expect(ids.size).toBe(BUILTIN_CONCEPTS.length);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of BUILTIN_CONCEPTS) {
      const forms = [concept.name, ...(concept.en ?? []), ...(concept.exact ?? []), ...(concept.ko ?? [])];
      const own = new Set<string>();
      for (const form of forms) {
        const key = keyOf(form);
        if (own.has(key)) clashes.push(`${concept.id} repeats ${form}`);
        own.add(key);
        const held = owner.get(key);
        if (held !== undefined && held !== concept.id) clashes.push(`${form}: ${held} and ${concept.id}`);
        owner.set(key, concept.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("keeps its Korean aliases to two syllables or more (깃 aside) and English aliases free of Hangul", () => {
    for (const concept of BUILTIN_CONCEPTS) {
      for (const alias of concept.ko ?? []) if (alias !== "깃") expect(alias.replace(/\s/g, "").length, alias).toBeGreaterThan(1);
      for (const alias of [...(concept.en ?? []), ...(concept.exact ?? [])]) expect(containsHangul(alias), alias).toBe(false);
    }
  });

  it("relates, reads and brands only concepts it has", () => {
    for (const [from, , to] of BUILTIN_RELATIONS) expect([from, to].filter((id) => !ids.has(id))).toEqual([]);
    for (const reading of BUILTIN_READINGS) {
      for (const [id] of reading.senses) if (id !== null) expect(ids.has(id), id).toBe(true);
      if (reading.otherwise !== null) expect(ids.has(reading.otherwise), reading.otherwise).toBe(true);
    }
    for (const concept of BUILTIN_CONCEPTS) if (concept.brand) expect(ids.has(concept.brand), concept.brand).toBe(true);
  });

  it("never makes a word read by context an alias, but of the concept it names or its default reading", () => {
    const aliasOwner = new Map<string, string>();
    const nameOwner = new Map<string, string>();
    for (const concept of BUILTIN_CONCEPTS) {
      nameOwner.set(keyOf(concept.name), concept.id);
      for (const form of [concept.name, ...(concept.en ?? []), ...(concept.ko ?? [])]) aliasOwner.set(keyOf(form), concept.id);
    }
    for (const reading of BUILTIN_READINGS) {
      const readsAs = new Set(reading.senses.map(([id]) => id));
      for (const form of [...(reading.en ?? []), ...(reading.ko ?? [])]) {
        const owner = aliasOwner.get(keyOf(form));
        if (owner === undefined) continue;
        const named = nameOwner.get(keyOf(form)) === owner && readsAs.has(owner);
        expect(named || owner === reading.otherwise, `${form} is read by context, and an alias of ${owner}`).toBe(true);
      }
    }
    expect(BUILTIN_CUES.length).toBeGreaterThan(0);
  });

  it("never makes a concept's name or alias a cue: a concept's mention is evidence of its own domains", () => {
    const aliasOwner = new Map<string, string>();
    for (const concept of BUILTIN_CONCEPTS) {
      for (const form of [concept.name, ...(concept.en ?? []), ...(concept.exact ?? []), ...(concept.ko ?? [])]) aliasOwner.set(keyOf(form), concept.id);
    }
    const cuesThatAreAliases = BUILTIN_CUES.flatMap((cue) => [...(cue.en ?? []), ...(cue.exact ?? []), ...(cue.ko ?? [])])
      .filter((form) => aliasOwner.has(keyOf(form)))
      .map((form) => `${form} is a cue and an alias of ${aliasOwner.get(keyOf(form))}`);
    expect(cuesThatAreAliases).toEqual([]);
  });

  it("has the concepts real study vaults talk about, each with Korean and English names", () => {
    const wanted = [
      "mysql", "region", "availability-zone", "subnet", "vpc", "security-group", "nat-gateway", "bastion-host", "firewall",
      "load-balancer", "alb", "elb", "nlb", "auto-scaling-group", "iam", "cloudwatch", "fargate", "secrets-manager", "ssm",
      "cloud-storage", "cloud-sql", "gcloud", "gitlab-runner", "nfs", "iptables", "libvirt", "rbac", "cni", "metallb",
      "persistent-volume", "persistent-volume-claim", "storage-class", "clusterip", "nodeport", "liveness-probe",
      "readiness-probe", "endpointslice", "gateway-api", "vpa", "hpa", "ansible-playbook", "ansible-inventory",
      "service-discovery", "overlay-network", "container-orchestration",
    ];
    const byId = new Map(BUILTIN_CONCEPTS.map((c) => [c.id, c]));
    for (const id of wanted) {
      const concept = byId.get(id);
      expect(concept, id).toBeDefined();
      expect((concept?.ko ?? []).length, `${id} has a Korean name`).toBeGreaterThan(0);
    }
  });

  it("writes each optional Korean space both ways, and no more than three of them", () => {
    expect(spacingVariants("네임 스페이스").sort()).toEqual(["네임 스페이스", "네임스페이스"]);
    expect(spacingVariants("퍼시스턴트 볼륨 클레임")).toHaveLength(4);
    for (const concept of BUILTIN_CONCEPTS) for (const alias of concept.ko ?? []) expect(alias.split(" ").length, alias).toBeLessThanOrEqual(4);
  });
});
