import type { RelationKind } from "../../engine/concepts/glossary/concept-types";
import { t, type StringKey } from "../i18n/strings";

/**
 * A curated relation as the UI names it, read from the concept shown to the related one: on
 * Docker's page, cgroups is what Docker `uses`, Podman what Docker `has alternative`; on Podman's,
 * Docker is what Podman is an `alternative to`. Every concept view (panel, card, map, template)
 * names relations here, in the UI's language.
 */
const WORDS: Record<RelationKind, readonly [to: StringKey, from: StringKey]> = {
  "alternative-to": ["relationAlternativeTo", "relationAlternativeToFrom"],
  uses: ["relationUses", "relationUsesFrom"],
  orchestrates: ["relationOrchestrates", "relationOrchestratesFrom"],
  "predecessor-of": ["relationPredecessorOf", "relationPredecessorOfFrom"],
  "part-of": ["relationPartOf", "relationPartOfFrom"],
  "kind-of": ["relationKindOf", "relationKindOfFrom"],
  "made-by": ["relationMadeBy", "relationMadeByFrom"],
  "runs-on": ["relationRunsOn", "relationRunsOnFrom"],
  builds: ["relationBuilds", "relationBuildsFrom"],
  hosts: ["relationHosts", "relationHostsFrom"],
};

export function relationWord(kind: RelationKind, direction: "to" | "from"): string {
  const [to, from] = WORDS[kind];
  return t(direction === "to" ? to : from);
}
