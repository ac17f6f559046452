import type { AnswerReason } from "../../engine/answers/suggest-answers";
import type { RelationKind } from "../../engine/concepts/glossary/concept-types";
import { t, type StringKey } from "../i18n/strings";

/**
 * How the concept page names things in the UI's language: a concept as `쿠버네티스 (Kubernetes)`
 * in Korean, each relation from the concept's side (Docker *uses* cgroups, Docker is *used by*
 * Kubernetes), and why a note may answer a question.
 */

/** A concept's name as the UI shows it: its Korean name first in Korean, when it has one. */
export function conceptLabel(concept: { name: string; korean?: string | undefined }): string {
  return concept.korean === undefined ? concept.name : t("cpName", { name: concept.name, korean: concept.korean });
}

/** The heading a related concept is listed under: the relation read from the page's concept. */
const RELATION_GROUP: Record<RelationKind, { to: StringKey; from: StringKey }> = {
  "alternative-to": { to: "cpRelAlternatives", from: "cpRelAlternatives" },
  uses: { to: "cpRelUses", from: "cpRelUsedBy" },
  orchestrates: { to: "cpRelOrchestrates", from: "cpRelOrchestratedBy" },
  "predecessor-of": { to: "cpRelSucceededBy", from: "cpRelPredecessors" },
  "part-of": { to: "cpRelPartOf", from: "cpRelParts" },
  "kind-of": { to: "cpRelKindOf", from: "cpRelKinds" },
  "made-by": { to: "cpRelMadeBy", from: "cpRelMakes" },
  "runs-on": { to: "cpRelRunsOn", from: "cpRelRunsHere" },
  builds: { to: "cpRelBuilds", from: "cpRelBuiltBy" },
  hosts: { to: "cpRelHosts", from: "cpRelHostedOn" },
};

export function relationGroup(relation: { kind: RelationKind; direction: "to" | "from" } | undefined): StringKey {
  return relation ? RELATION_GROUP[relation.kind][relation.direction] : "cpMentionedWith";
}

const REASON: Record<AnswerReason["kind"], StringKey> = {
  concept: "cpReasonConcept",
  term: "cpReasonTerm",
  heading: "cpReasonHeading",
  title: "cpReasonTitle",
  "concept-note": "cpReasonConceptNote",
  linked: "cpReasonLinked",
};

export function reasonText(reason: AnswerReason): string {
  return t(REASON[reason.kind], { text: reason.text });
}
