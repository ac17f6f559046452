import { uiLanguage } from "../i18n/strings";

/**
 * A concept's name as the UI shows it: `Kubernetes` in English; in Korean its Korean name with
 * the English one after it, `쿠버네티스 (Kubernetes)`, as Korean study notes and docs write it
 * (the English name stays: it is what the learner meets in documentation and commands).
 */
export function conceptLabel(name: string, koName: string | undefined): string {
  return uiLanguage() === "ko" && koName !== undefined && koName !== name ? `${koName} (${name})` : name;
}

/** The same, for a concept the caller knows by its names: the first Korean one is shown. */
export function conceptLabelOf(concept: { name: string; ko: readonly string[] } | undefined, fallback: string): string {
  return concept ? conceptLabel(concept.name, concept.ko[0]) : fallback;
}
