import type { ConceptDef, RelationDef } from "./concept-types";

/** Google Cloud and Azure: the services of the two other large clouds that study notes use. */
export const GCP_AZURE_CONCEPTS: readonly ConceptDef[] = [
  { id: "google-cloud", name: "Google Cloud", category: "cloud", en: ["gcp", "google cloud platform"], ko: ["구글 클라우드"] },
  { id: "gke", name: "Google Kubernetes Engine", category: "cloud", domains: ["cloud", "kubernetes"], en: ["gke"] },
  { id: "compute-engine", name: "Compute Engine", category: "cloud", en: ["google compute engine", "gce", "gce instance"], ko: ["컴퓨트 엔진"] },
  { id: "cloud-storage", name: "Cloud Storage", category: "cloud", en: ["google cloud storage", "gcs", "gcs bucket", "gsutil"], ko: ["클라우드 스토리지"] },
  { id: "cloud-sql", name: "Cloud SQL", category: "cloud", domains: ["cloud", "database"], en: ["cloudsql", "cloud sql proxy"], ko: ["클라우드 SQL"] },
  { id: "gcloud", name: "gcloud CLI", category: "cloud", en: ["gcloud", "google cloud sdk", "google cloud cli"], ko: ["지클라우드"] },
  { id: "cloud-run", name: "Cloud Run", category: "cloud", domains: ["cloud", "container"], ko: ["클라우드 런"] },
  { id: "artifact-registry", name: "Artifact Registry", category: "cloud", domains: ["cloud", "container"], en: ["google artifact registry", "gcr"], ko: ["아티팩트 레지스트리"] },
  { id: "azure", name: "Azure", category: "cloud", en: ["microsoft azure"], ko: ["애저", "애져"] },
  { id: "aks", name: "Azure Kubernetes Service", category: "cloud", domains: ["cloud", "kubernetes"], en: ["aks"] },
  {
    // A cloud's Kubernetes offering: a mention of Kubernetes too, and no Service object.
    id: "managed-kubernetes", name: "Managed Kubernetes", category: "cloud", domains: ["cloud", "kubernetes"], brand: "kubernetes",
    en: ["managed kubernetes service", "managed kubernetes services", "managed k8s"],
    ko: ["관리형 쿠버네티스", "관리형 쿠버네티스 서비스", "관리형 Kubernetes", "관리형 Kubernetes 서비스", "관리형 k8s", "매니지드 쿠버네티스"],
  },
];

export const GCP_AZURE_RELATIONS: readonly RelationDef[] = [
  ["gke", "part-of", "google-cloud"],
  ["compute-engine", "part-of", "google-cloud"],
  ["cloud-storage", "part-of", "google-cloud"],
  ["cloud-sql", "part-of", "google-cloud"],
  ["gcloud", "part-of", "google-cloud"],
  ["cloud-run", "part-of", "google-cloud"],
  ["artifact-registry", "part-of", "google-cloud"],
  ["aks", "part-of", "azure"],
  ["gke", "hosts", "kubernetes"],
  ["gke", "kind-of", "managed-kubernetes"],
  ["aks", "kind-of", "managed-kubernetes"],
  ["eks", "kind-of", "managed-kubernetes"],
  ["aks", "hosts", "kubernetes"],
  ["compute-engine", "kind-of", "virtual-machine"],
  ["compute-engine", "alternative-to", "ec2"],
  ["cloud-storage", "alternative-to", "s3"],
  ["cloud-sql", "alternative-to", "rds"],
  ["cloud-sql", "hosts", "mysql"],
  ["cloud-run", "kind-of", "serverless"],
  ["artifact-registry", "kind-of", "container-registry"],
];
