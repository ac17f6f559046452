/**
 * The shape of a DevOps concept, as the glossary declares it and the matcher reads it.
 *
 * Aliases are the written forms a learner uses. English aliases match case-insensitively at
 * word boundaries; `exact` aliases only in the case written (for acronyms such as `CD`, which in
 * lower case is a shell command). Korean aliases match with particles attached (도커는, 컨테이너를).
 */
export interface ConceptDef {
  /** Stable identifier, a lowercase slug: `docker`, `docker-compose`, `github-actions`. */
  id: string;
  /** Canonical English name, as shown in the dashboard: `Docker Compose`. */
  name: string;
  /** Broad area, for grouping: see {@link ConceptCategory}. */
  category: ConceptCategory;
  /** English (or Latin-script) aliases, matched without regard to case. The name is implied. */
  en?: string[];
  /** Latin-script aliases matched only in the exact case given (short acronyms). */
  exact?: string[];
  /** Korean aliases, matched with Korean particles and copula endings attached. */
  ko?: string[];
}

export type ConceptCategory =
  | "container"
  | "orchestration"
  | "virtualization"
  | "linux"
  | "ci-cd"
  | "iac"
  | "cloud"
  | "vcs"
  | "web"
  | "monitoring"
  | "practice";

/** How two concepts relate, read as `from <kind> to`: Podman alternative-to Docker. */
export type RelationKind =
  | "alternative-to"
  | "uses"
  | "orchestrates"
  | "predecessor-of"
  | "part-of"
  | "kind-of"
  | "made-by"
  | "runs-on"
  | "builds"
  | "hosts";

/** A curated relation between two concept ids. */
export type RelationDef = readonly [from: string, kind: RelationKind, to: string];
