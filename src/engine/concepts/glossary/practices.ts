import type { ConceptDef, RelationDef } from "./concept-types";

/** Practices: architecture styles, release strategies, ways of working. */
export const PRACTICE_CONCEPTS: readonly ConceptDef[] = [
  { id: "microservices", name: "Microservices", category: "practice", en: ["microservice", "msa"], ko: ["마이크로 서비스"] },
  {
    id: "sre", name: "Site reliability engineering", category: "practice",
    en: ["site reliability engineer", "site reliability engineers", "sre", "sres"],
  },
  { id: "devsecops", name: "DevSecOps", category: "practice", ko: ["데브섹옵스"] },
  {
    id: "blue-green-deployment", domains: ["practice", "ci-cd"], name: "Blue-green deployment", category: "practice",
    en: ["blue/green deployment", "blue-green deployments"], ko: ["블루 그린", "블루 그린 배포"],
  },
  {
    id: "canary-deployment", domains: ["practice", "ci-cd"], name: "Canary deployment", category: "practice",
    en: ["canary deployments", "canary release", "canary releases"], ko: ["카나리 배포", "카나리아 배포"],
  },
  {
    id: "rolling-update", domains: ["practice", "ci-cd"], name: "Rolling update", category: "practice",
    en: ["rolling updates", "rolling deployment", "rolling deployments"], ko: ["롤링 업데이트", "롤링 배포"],
  },
  { id: "immutable-infrastructure", name: "Immutable infrastructure", category: "practice", ko: ["불변 인프라", "이뮤터블 인프라"] },
  {
    id: "twelve-factor-app", name: "Twelve-factor app", category: "practice",
    en: ["12-factor app", "12-factor", "twelve-factor"],
  },
  // Health checks are what probes, load balancers and Compose's healthcheck all run.
  { id: "health-check", name: "Health check", category: "practice", domains: ["practice", "container", "cloud", "web"], en: ["health checks", "healthcheck", "healthchecks"], ko: ["헬스 체크"] },
  { id: "sla", name: "SLA", category: "practice", en: ["service level agreement", "service level agreements"], exact: ["SLAs"] },
  { id: "slo", name: "SLO", category: "practice", en: ["service level objective", "service level objectives"], exact: ["SLOs"] },
  { id: "sli", name: "SLI", category: "practice", en: ["service level indicator", "service level indicators"], exact: ["SLIs"] },
  { id: "sbom", name: "SBOM", category: "practice", domains: ["practice", "container"], en: ["software bill of materials", "sboms"] },
];

export const PRACTICE_RELATIONS: readonly RelationDef[] = [
  ["microservices", "uses", "container"],
  ["microservices", "uses", "service-discovery"],
  ["canary-deployment", "alternative-to", "blue-green-deployment"],
  ["rolling-update", "alternative-to", "blue-green-deployment"],
  ["blue-green-deployment", "kind-of", "deployment"],
  ["canary-deployment", "kind-of", "deployment"],
  ["rolling-update", "kind-of", "deployment"],
  ["twelve-factor-app", "made-by", "heroku"],
  ["liveness-probe", "kind-of", "health-check"],
  ["readiness-probe", "kind-of", "health-check"],
  ["load-balancer", "uses", "health-check"],
  ["slo", "uses", "sli"],
  ["sla", "uses", "slo"],
  ["slo", "part-of", "sre"],
  ["sbom", "part-of", "devsecops"],
];
