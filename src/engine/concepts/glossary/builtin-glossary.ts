/**
 * The built-in DevOps glossary: the concepts the matcher looks for in notes, curated relations
 * between them, and the words read by context. Pure data, one file per area in this folder;
 * the matcher reads it through `concept-types.ts`, the shape this folder declares.
 *
 * Alias rules (checked by test/engine/concepts/glossary.test.ts):
 * - `name` is implied as an alias; `en`, `exact` and `ko` never repeat it, and no alias appears
 *   in two concepts (compared case-insensitively, a hyphen as a space, Korean without spaces).
 * - `en` aliases match case-insensitively at word boundaries, a hyphen and a space alike
 *   (`docker-compose` is `docker compose`); plurals are listed. Lower-case acronyms that are no
 *   English word (`vm`, `ec2`, `iam`) are `en`; `exact` holds those whose lower case is a word
 *   or a command (`CD`, `CI`, `AZ`), matched only as written.
 * - `ko` aliases match with particles attached (도커는), so particle forms are never listed. A
 *   space in a Korean alias marks where writers may or may not put one: `네임 스페이스` also
 *   matches 네임스페이스. No one-syllable Korean alias except 깃.
 * - Generic words (image, node, service, deployment, cluster, secret, volume, registry, 이미지,
 *   노드, 서비스, 배포, 클러스터, 볼륨 ...) are never aliases: they are read by context
 *   (glossary/contextual-words.ts), or appear inside aliases that give them their DevOps sense
 *   ("docker image", "쿠버네티스 서비스", "워커 노드"). The same holds for common English words
 *   that name products ("swarm", "lambda", "nomad" only with their vendor).
 */
import type { ConceptDef, CueDef, ReadingDef, RelationDef } from "./concept-types";
import { AWS_CONCEPTS, AWS_RELATIONS } from "./aws";
import { CI_CD_CONCEPTS, CI_CD_RELATIONS } from "./ci-cd";
import { CLOUD_CONCEPTS, CLOUD_RELATIONS } from "./cloud";
import { CONTAINER_CONCEPTS, CONTAINER_RELATIONS } from "./containers";
import { CUES } from "./context-cues";
import { READINGS } from "./contextual-words";
import { DATA_AND_LANGUAGE_CONCEPTS, DATA_AND_LANGUAGE_RELATIONS } from "./data-and-languages";
import { GCP_AZURE_CONCEPTS, GCP_AZURE_RELATIONS } from "./gcp-azure";
import { IAC_CONCEPTS, IAC_RELATIONS } from "./iac";
import { IDENTITY_CONCEPTS, IDENTITY_RELATIONS } from "./identity";
import { KUBERNETES_CONCEPTS, KUBERNETES_RELATIONS } from "./kubernetes";
import { KUBERNETES_OBJECT_CONCEPTS, KUBERNETES_OBJECT_RELATIONS } from "./kubernetes-objects";
import { LINUX_CONCEPTS, LINUX_RELATIONS } from "./linux";
import { MONITORING_CONCEPTS, MONITORING_RELATIONS } from "./monitoring";
import { PRACTICE_CONCEPTS, PRACTICE_RELATIONS } from "./practices";
import { VCS_CONCEPTS, VCS_RELATIONS } from "./vcs";
import { VIRTUALIZATION_CONCEPTS, VIRTUALIZATION_RELATIONS } from "./virtualization";
import { WEB_CONCEPTS, WEB_RELATIONS } from "./web";

export const BUILTIN_CONCEPTS: readonly ConceptDef[] = [
  ...CONTAINER_CONCEPTS,
  ...KUBERNETES_CONCEPTS,
  ...KUBERNETES_OBJECT_CONCEPTS,
  ...VIRTUALIZATION_CONCEPTS,
  ...LINUX_CONCEPTS,
  ...CI_CD_CONCEPTS,
  ...IAC_CONCEPTS,
  ...CLOUD_CONCEPTS,
  ...AWS_CONCEPTS,
  ...GCP_AZURE_CONCEPTS,
  ...VCS_CONCEPTS,
  ...WEB_CONCEPTS,
  ...IDENTITY_CONCEPTS,
  ...MONITORING_CONCEPTS,
  ...DATA_AND_LANGUAGE_CONCEPTS,
  ...PRACTICE_CONCEPTS,
];

export const BUILTIN_RELATIONS: readonly RelationDef[] = [
  ...CONTAINER_RELATIONS,
  ...KUBERNETES_RELATIONS,
  ...KUBERNETES_OBJECT_RELATIONS,
  ...VIRTUALIZATION_RELATIONS,
  ...LINUX_RELATIONS,
  ...CI_CD_RELATIONS,
  ...IAC_RELATIONS,
  ...CLOUD_RELATIONS,
  ...AWS_RELATIONS,
  ...GCP_AZURE_RELATIONS,
  ...VCS_RELATIONS,
  ...WEB_RELATIONS,
  ...IDENTITY_RELATIONS,
  ...MONITORING_RELATIONS,
  ...DATA_AND_LANGUAGE_RELATIONS,
  ...PRACTICE_RELATIONS,
];

export const BUILTIN_READINGS: readonly ReadingDef[] = READINGS;

export const BUILTIN_CUES: readonly CueDef[] = CUES;
