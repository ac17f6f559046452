import type { ConceptDef, RelationDef } from "./concept-types";

/** Version control: systems, hosting platforms, review workflow. */
export const VCS_CONCEPTS: readonly ConceptDef[] = [
  {
    id: "version-control", name: "Version control", category: "vcs",
    en: ["version control system", "version control systems", "source control", "revision control", "vcs"],
    ko: ["버전 관리"],
  },
  { id: "git", name: "Git", category: "vcs", ko: ["깃"] },
  { id: "github", name: "GitHub", category: "vcs", ko: ["깃허브", "깃헙"] },
  { id: "gitlab", name: "GitLab", category: "vcs", ko: ["깃랩"] },
  { id: "bitbucket", name: "Bitbucket", category: "vcs", ko: ["비트버킷"] },
  { id: "svn", name: "SVN", category: "vcs", en: ["subversion", "apache subversion"], ko: ["서브버전"] },
  { id: "cvs", name: "CVS", category: "vcs", en: ["concurrent versions system"] },
  { id: "mercurial", name: "Mercurial", category: "vcs", ko: ["머큐리얼"] },
  {
    id: "pull-request", name: "Pull request", category: "vcs",
    en: ["pull requests", "merge request", "merge requests"], ko: ["풀 리퀘스트", "풀리퀘"],
  },
];

export const VCS_RELATIONS: readonly RelationDef[] = [
  ["git", "kind-of", "version-control"],
  ["svn", "kind-of", "version-control"],
  ["cvs", "kind-of", "version-control"],
  ["mercurial", "kind-of", "version-control"],
  ["cvs", "predecessor-of", "svn"],
  ["svn", "predecessor-of", "git"],
  ["mercurial", "alternative-to", "git"],
  ["github", "hosts", "git"],
  ["gitlab", "hosts", "git"],
  ["bitbucket", "hosts", "git"],
  ["gitlab", "alternative-to", "github"],
  ["pull-request", "part-of", "github"],
];
