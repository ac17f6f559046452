import type { RelationKind } from "../../engine/concepts/glossary/concept-types";
import type { StringKey } from "../i18n/strings";

/**
 * The headings the concept page lists related concepts under, each relation read from the page's
 * concept (Docker *uses* cgroups, Docker is *used by* Kubernetes), in the UI's language. Inline
 * relation words (the map, the card, the canvas) are `relation-words.ts`.
 */

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
