/**
 * The shape of a DevOps concept, as the glossary declares it and the matcher reads it.
 *
 * Aliases are the written forms a learner uses. English aliases match case-insensitively at
 * word boundaries, a hyphen standing for a space (`docker-images` is `docker images`); `exact`
 * aliases only in the case written (for acronyms such as `CD`, which in lower case is a shell
 * command). Korean aliases match with particles attached (도커는, 컨테이너를); a space in a
 * Korean alias marks where writers may or may not put one (`네임 스페이스` also matches
 * 네임스페이스).
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
  /**
   * What a mention of this concept tells about the text around it, when it is not its category
   * (`GKE` speaks of the cloud and of Kubernetes). See {@link Domain}.
   */
  domains?: Domain[];
  /**
   * A brand whose name stands in some of this concept's aliases (`docker` in `도커 이미지`,
   * `Kubernetes` in `managed Kubernetes`): such a mention also mentions the brand. Only for a
   * brand plus a generic word, never for a product named after its maker (Docker Hub, AWS Lambda
   * stay whole).
   */
  brand?: string;
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
  | "database"
  | "language"
  | "practice";

/**
 * What a stretch of text speaks of. A mention of a concept is evidence of its domains; a word
 * with several senses (컨테이너, namespace, 이미지) is read in the sense the evidence around it
 * points to. The last few are the domains of the *other* senses: CSS layout, Java's DI and
 * servlet containers, programming-language namespaces, pictures, data tooling, the machines of
 * a Hadoop cluster or a distributed training job, network traffic directions, shipping, and
 * directory services (LDAP and Active Directory, whose namespaces, containers and services are
 * their own).
 */
export type Domain =
  | ConceptCategory
  | "kubernetes"
  | "css"
  | "java"
  | "programming"
  | "picture"
  | "data"
  | "compute-cluster"
  | "traffic"
  | "shipping"
  | "directory";

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

/**
 * A word with more than one reading: generic words that are a DevOps concept only in a DevOps
 * context (이미지, node, 서비스, 배포), and words with two senses (컨테이너 in CSS, `namespace`
 * in Kubernetes or in Linux). Its forms are never aliases of a concept: a link to `[[Image]]`
 * names no concept.
 */
export interface ReadingDef {
  en?: string[];
  exact?: string[];
  ko?: string[];
  /**
   * The readings, in order of preference when the evidence is even: a concept id (or `null`: no
   * concept at all) and the domains whose evidence calls for it.
   */
  senses: ReadonlyArray<readonly [conceptId: string | null, domains: readonly Domain[]]>;
  /** The reading when nothing around the word speaks of any sense's domains; `null` for a generic word. */
  otherwise: string | null;
  /**
   * `otherwise` only on a line of Korean prose (one that holds Hangul); on any other line a word
   * nothing speaks for is no concept. For a word Korean study notes borrow for our sense alone
   * and English prose uses for many (`namespace` of DNS, XML, a catalog, a language).
   */
  otherwiseInKorean?: true;
  /**
   * On a line of Korean prose, `otherwise` whatever the evidence says: for an English word that
   * Korean prose borrows for one sense only (a capitalised `Deployment` there is the Kubernetes
   * object; the act of deploying is 배포). Not at the end of a title-case term, which Korean
   * prose borrows whole in its English sense (`Container Deployment`): the evidence reads that.
   */
  alwaysInKorean?: true;
  /**
   * How far to look for evidence: the line alone, or also its section (its heading included)
   * and what the note is about (its folder and title). Never further: a section must read the
   * same alone as inside its note, since the editor re-reads one section at a time.
   */
  reach: "line" | "section";
  /**
   * A concept name written right before the word, when it belongs to none of the senses'
   * domains, makes the word that concept's thing: `MySQL 클러스터`, `GitHub secrets`. With a
   * list, only a name of those domains does (a VM's image is no container image, nginx's is).
   */
  ownedByModifier?: true | readonly Domain[];
  /** Followed by a number, the word names a product version, not this reading (`node 18`). */
  notBeforeNumber?: boolean;
  /**
   * Followed by a capitalised word other than these, the word is a vendor's name for another
   * product (`Apache Kafka`, `Apache Parquet`), not this reading.
   */
  vendorUnlessFollowedBy?: readonly string[];
}

/**
 * Words that are evidence of a domain without being a concept (`flex`, `스크린샷`, `servlet`).
 * A cue that `claims` its words is a whole no concept inside it may take: in `flex container`
 * or `스프링 컨테이너` there is no container of ours.
 */
export interface CueDef {
  domain: Domain;
  en?: string[];
  exact?: string[];
  ko?: string[];
  claims?: boolean;
}
