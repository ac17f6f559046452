import type { ConceptDef, RelationDef } from "./concept-types";

/** CI/CD: the practice, its two halves, deployment, and the tools that run pipelines. */
export const CI_CD_CONCEPTS: readonly ConceptDef[] = [
  // DevOps names everything at once: no evidence that a text speaks of any one domain.
  { id: "devops", name: "DevOps", category: "ci-cd", domains: ["practice"], en: ["dev ops"], ko: ["데브옵스"] },
  // `CI와 CD`, `Continuous Integration / Continuous Delivery` on one line are joined into CI/CD: see join-wholes.ts.
  { id: "ci-cd", name: "CI/CD", category: "ci-cd", en: ["cicd", "ci-cd", "ci/cd pipeline", "ci/cd pipelines"] },
  { id: "continuous-integration", name: "Continuous integration", category: "ci-cd", exact: ["CI"], ko: ["지속적 통합"] },
  {
    id: "continuous-delivery", name: "Continuous delivery", category: "ci-cd",
    en: ["continuous deployment"], exact: ["CD"], ko: ["지속적 배포", "지속적 전달"],
  },
  // The act of releasing software (배포, deployment): only ever a generic word, read by context.
  { id: "deployment", name: "Software deployment", category: "ci-cd", ko: ["배포 파이프라인", "배포 자동화"] },
  {
    id: "github-actions", name: "GitHub Actions", category: "ci-cd",
    en: ["github action", "gh actions", "github workflow", "github workflows"],
    ko: ["깃허브 액션", "깃허브 액션즈", "깃헙 액션"],
  },
  {
    id: "gitlab-ci", name: "GitLab CI", category: "ci-cd",
    en: ["gitlab ci/cd", "gitlab pipeline", "gitlab pipelines", ".gitlab-ci.yml"], ko: ["깃랩 파이프라인", "깃랩 CI"],
  },
  {
    id: "gitlab-runner", name: "GitLab Runner", category: "ci-cd",
    en: ["gitlab runners"], ko: ["깃랩 러너", "GitLab 러너"],
  },
  { id: "jenkins", name: "Jenkins", category: "ci-cd", en: ["jenkinsfile"], ko: ["젠킨스"] },
  { id: "circleci", name: "CircleCI", category: "ci-cd", en: ["circle ci"] },
  { id: "travis-ci", name: "Travis CI", category: "ci-cd", en: ["travisci"], ko: ["트래비스"] },
  { id: "argo-cd", name: "Argo CD", category: "ci-cd", en: ["argocd"], ko: ["아르고 CD"] },
  { id: "flux", name: "Flux CD", category: "ci-cd", en: ["fluxcd"] },
  { id: "gitops", name: "GitOps", category: "ci-cd", ko: ["깃옵스"] },
  { id: "sonarqube", name: "SonarQube", category: "ci-cd", en: ["sonarcloud"], ko: ["소나큐브"] },
];

export const CI_CD_RELATIONS: readonly RelationDef[] = [
  ["continuous-integration", "part-of", "ci-cd"],
  ["continuous-delivery", "part-of", "ci-cd"],
  ["continuous-delivery", "uses", "deployment"],
  ["ci-cd", "part-of", "devops"],
  ["github-actions", "kind-of", "ci-cd"],
  ["github-actions", "part-of", "github"],
  ["github-actions", "uses", "yaml"],
  ["github-actions", "alternative-to", "jenkins"],
  ["gitlab-ci", "kind-of", "ci-cd"],
  ["gitlab-ci", "part-of", "gitlab"],
  ["gitlab-ci", "uses", "gitlab-runner"],
  ["gitlab-runner", "part-of", "gitlab"],
  ["jenkins", "kind-of", "ci-cd"],
  ["circleci", "kind-of", "ci-cd"],
  ["travis-ci", "kind-of", "ci-cd"],
  ["argo-cd", "kind-of", "continuous-delivery"],
  ["argo-cd", "uses", "gitops"],
  ["flux", "alternative-to", "argo-cd"],
  ["gitops", "uses", "git"],
  ["sonarqube", "part-of", "continuous-integration"],
  ["devsecops", "kind-of", "devops"],
  ["sre", "kind-of", "devops"],
];
