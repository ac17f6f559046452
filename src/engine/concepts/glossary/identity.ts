import type { ConceptDef, RelationDef } from "./concept-types";

/**
 * Sign-in and secrets: the protocols and directories a cluster's users sign in through, the
 * identity provider study clusters run, and the tools that keep secrets in Git encrypted.
 */
export const IDENTITY_CONCEPTS: readonly ConceptDef[] = [
  // `oauth2-proxy` is written with the protocol's name in it, and is about it.
  { id: "oauth", name: "OAuth", category: "web", en: ["oauth2", "oauth 2.0", "oauth2.0"] },
  { id: "oidc", name: "OpenID Connect", category: "web", en: ["oidc"] },
  // `sso` in lower case is a file name or a command's flag more often than the practice.
  { id: "sso", name: "Single sign-on", category: "web", exact: ["SSO"], ko: ["싱글 사인온"] },
  { id: "keycloak", name: "Keycloak", category: "web", domains: ["web", "kubernetes"], ko: ["키클록", "키클락"] },
  // A directory's namespaces, containers and services are its own (contextual-words.ts).
  { id: "ldap", name: "LDAP", category: "web", domains: ["web", "directory"], en: ["ldaps", "lightweight directory access protocol"] },
  { id: "active-directory", name: "Active Directory", category: "web", domains: ["web", "directory"], en: ["microsoft active directory"], ko: ["액티브 디렉터리", "액티브 디렉토리"] },
  {
    id: "sealed-secrets", name: "Sealed Secrets", category: "orchestration", domains: ["kubernetes"],
    // `a sealed secret` is English prose; the kind is written as one word.
    en: ["sealedsecret", "sealedsecrets", "bitnami sealed secrets", "kubeseal"], ko: ["실드 시크릿"],
  },
  // In lower case, `sops` is an English word: the bare name only in capitals, so the concept is
  // named with its first maker's name.
  { id: "sops", name: "Mozilla SOPS", category: "iac", en: ["getsops"], exact: ["SOPS"] },
];

export const IDENTITY_RELATIONS: readonly RelationDef[] = [
  ["oidc", "uses", "oauth"],
  ["oidc", "uses", "jwt"],
  ["sso", "uses", "oidc"],
  ["keycloak", "uses", "oidc"],
  ["keycloak", "kind-of", "sso"],
  ["keycloak", "uses", "ldap"],
  ["active-directory", "uses", "ldap"],
  ["entra-id", "alternative-to", "active-directory"],
  ["sealed-secrets", "uses", "kubernetes-secret"],
  ["sealed-secrets", "runs-on", "kubernetes"],
  ["gitops", "uses", "sealed-secrets"],
  ["sops", "alternative-to", "sealed-secrets"],
  ["sops", "uses", "kms"],
];
