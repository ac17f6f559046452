import type { ConceptDef, RelationDef } from "./concept-types";

/**
 * The objects a Kubernetes manifest declares and the ideas around them. Generic words among
 * their names (노드, service, 클러스터, volume, Secret) are read by context: see
 * contextual-words.ts.
 */
export const KUBERNETES_OBJECT_CONCEPTS: readonly ConceptDef[] = [
  { id: "pod", name: "Pod", category: "orchestration", en: ["pods"], ko: ["파드", "포드"] },
  {
    id: "kubernetes-node", name: "Kubernetes node", category: "orchestration", brand: "kubernetes",
    en: ["kubernetes nodes", "k8s node", "k8s nodes", "worker node", "worker nodes"],
    ko: ["쿠버네티스 노드", "워커 노드", "k8s 노드"],
  },
  {
    id: "kubernetes-cluster", name: "Kubernetes cluster", category: "orchestration", brand: "kubernetes",
    en: ["kubernetes clusters", "k8s cluster", "k8s clusters"], ko: ["쿠버네티스 클러스터", "k8s 클러스터"],
  },
  {
    id: "kubernetes-namespace", name: "Kubernetes namespace", category: "orchestration", brand: "kubernetes",
    en: ["kubernetes namespaces", "k8s namespace", "k8s namespaces"], ko: ["쿠버네티스 네임 스페이스", "k8s 네임 스페이스"],
  },
  {
    id: "kubernetes-deployment", name: "Kubernetes Deployment", category: "orchestration", brand: "kubernetes",
    en: ["kubernetes deployments", "k8s deployment", "k8s deployments"],
    ko: ["쿠버네티스 디플로이먼트", "디플로이먼트"],
  },
  { id: "replicaset", name: "ReplicaSet", category: "orchestration", en: ["replicasets", "replica set", "replica sets"], ko: ["레플리카 셋"] },
  { id: "statefulset", name: "StatefulSet", category: "orchestration", en: ["statefulsets", "stateful set", "stateful sets"], ko: ["스테이트풀 셋"] },
  { id: "daemonset", name: "DaemonSet", category: "orchestration", en: ["daemonsets", "daemon set", "daemon sets"], ko: ["데몬 셋"] },
  {
    id: "kubernetes-job", name: "Kubernetes Job", category: "orchestration", brand: "kubernetes",
    en: ["kubernetes jobs", "k8s job", "k8s jobs"], exact: ["CronJob", "CronJobs"], ko: ["크론 잡"],
  },
  {
    id: "kubernetes-service", name: "Kubernetes Service", category: "orchestration", brand: "kubernetes",
    en: ["kubernetes services", "k8s service", "k8s services"], ko: ["쿠버네티스 서비스", "k8s 서비스"],
  },
  { id: "clusterip", name: "ClusterIP", category: "orchestration", en: ["cluster ip"], ko: ["클러스터 IP"] },
  { id: "nodeport", name: "NodePort", category: "orchestration", en: ["node port"], ko: ["노드 포트"] },
  { id: "endpointslice", name: "EndpointSlice", category: "orchestration", en: ["endpointslices", "endpoint slice", "endpoint slices"], ko: ["엔드포인트 슬라이스"] },
  { id: "ingress", name: "Ingress", category: "orchestration", en: ["ingress controller", "ingress controllers", "ingress resource"], ko: ["인그레스", "인그레스 컨트롤러"] },
  {
    id: "gateway-api", name: "Gateway API", category: "orchestration", en: ["kubernetes gateway api", "httproute", "gatewayclass"],
    ko: ["게이트웨이 API"],
  },
  { id: "configmap", name: "ConfigMap", category: "orchestration", en: ["configmaps", "config map", "config maps"], ko: ["컨피그 맵"] },
  {
    id: "kubernetes-secret", name: "Kubernetes Secret", category: "orchestration", brand: "kubernetes",
    en: ["kubernetes secrets", "k8s secret", "k8s secrets"], ko: ["쿠버네티스 시크릿", "k8s 시크릿"],
  },
  {
    id: "kubernetes-volume", name: "Kubernetes volume", category: "orchestration", brand: "kubernetes",
    en: ["kubernetes volumes", "k8s volume", "k8s volumes", "emptydir", "hostpath"], ko: ["쿠버네티스 볼륨"],
  },
  {
    id: "persistent-volume", name: "PersistentVolume", category: "orchestration",
    en: ["persistentvolumes", "persistent volume", "persistent volumes"], ko: ["퍼시스턴트 볼륨", "영구 볼륨"],
  },
  {
    id: "persistent-volume-claim", name: "PersistentVolumeClaim", category: "orchestration",
    en: ["persistentvolumeclaims", "persistent volume claim", "persistent volume claims"], ko: ["퍼시스턴트 볼륨 클레임", "영구 볼륨 클레임"],
  },
  { id: "storage-class", name: "StorageClass", category: "orchestration", en: ["storageclasses", "storage class", "storage classes", "storageclassname"], ko: ["스토리지 클래스"] },
  {
    id: "liveness-probe", name: "Liveness probe", category: "orchestration",
    en: ["liveness probes", "livenessprobe"], ko: ["라이브니스 프로브", "활성 프로브"],
  },
  {
    id: "readiness-probe", name: "Readiness probe", category: "orchestration",
    en: ["readiness probes", "readinessprobe"], ko: ["레디니스 프로브", "준비성 프로브"],
  },
  { id: "startup-probe", name: "Startup probe", category: "orchestration", en: ["startup probes", "startupprobe"], ko: ["스타트업 프로브"] },
  {
    id: "hpa", name: "Horizontal Pod Autoscaler", category: "orchestration",
    en: ["hpa", "horizontal pod autoscaling", "horizontalpodautoscaler"], ko: ["수평 파드 오토스케일러", "수평 포드 오토스케일러"],
  },
  {
    id: "vpa", name: "Vertical Pod Autoscaler", category: "orchestration",
    en: ["vpa", "vertical pod autoscaling", "verticalpodautoscaler"], ko: ["수직 파드 오토스케일러", "수직 포드 오토스케일러"],
  },
  { id: "sidecar", name: "Sidecar container", category: "orchestration", en: ["sidecar", "sidecars", "sidecar containers", "sidecar pattern"], ko: ["사이드카", "사이드카 컨테이너"] },
  { id: "init-container", name: "Init container", category: "orchestration", en: ["init containers", "initcontainers"], ko: ["init 컨테이너", "초기화 컨테이너"] },
  { id: "taints-tolerations", name: "Taints and tolerations", category: "orchestration", en: ["toleration", "tolerations"], ko: ["테인트", "톨러레이션"] },
  { id: "node-affinity", name: "Node affinity", category: "orchestration", en: ["nodeaffinity", "node affinities"], ko: ["노드 어피니티"] },
  { id: "network-policy", name: "NetworkPolicy", category: "orchestration", en: ["networkpolicies"], ko: ["네트워크 폴리시"] },
  { id: "resource-quota", name: "ResourceQuota", category: "orchestration", en: ["resourcequotas", "resource quota", "resource quotas"], ko: ["리소스 쿼터"] },
  { id: "limitrange", name: "LimitRange", category: "orchestration", en: ["limitranges", "limit range", "limit ranges"], ko: ["리밋 레인지"] },
  { id: "service-account", name: "Service account", category: "orchestration", domains: ["kubernetes", "cloud"], en: ["serviceaccount", "serviceaccounts", "service accounts"], ko: ["서비스 어카운트", "서비스 계정"] },
  {
    // A bare label or selector (레이블, 라벨, 셀렉터) is read by context (contextual-words.ts): a
    // metric, an issue and a CSS rule have labels and selectors too.
    id: "labels-selectors", name: "Labels and selectors", category: "orchestration", brand: "kubernetes",
    en: ["label selector", "label selectors", "kubernetes labels", "k8s labels"], exact: ["matchLabels"],
    ko: ["레이블 셀렉터", "라벨 셀렉터", "레이블 선택자", "라벨 선택자"],
  },
];

export const KUBERNETES_OBJECT_RELATIONS: readonly RelationDef[] = [
  ["pod", "part-of", "kubernetes"],
  ["pod", "runs-on", "kubernetes-node"],
  ["kubernetes-node", "part-of", "kubernetes-cluster"],
  ["kubernetes-cluster", "part-of", "kubernetes"],
  ["kubernetes-namespace", "part-of", "kubernetes"],
  ["kubernetes-deployment", "uses", "replicaset"],
  ["kubernetes-deployment", "uses", "rolling-update"],
  ["replicaset", "orchestrates", "pod"],
  ["statefulset", "orchestrates", "pod"],
  ["daemonset", "orchestrates", "pod"],
  ["kubernetes-job", "orchestrates", "pod"],
  ["kubernetes-service", "part-of", "kubernetes"],
  ["clusterip", "kind-of", "kubernetes-service"],
  ["nodeport", "kind-of", "kubernetes-service"],
  ["kubernetes-service", "uses", "endpointslice"],
  ["kubernetes-service", "uses", "service-discovery"],
  ["labels-selectors", "part-of", "kubernetes"],
  ["kubernetes-service", "uses", "labels-selectors"],
  ["replicaset", "uses", "labels-selectors"],
  ["configmap", "part-of", "kubernetes"],
  ["kubernetes-secret", "part-of", "kubernetes"],
  ["ingress", "part-of", "kubernetes"],
  ["ingress", "uses", "kubernetes-service"],
  ["gateway-api", "alternative-to", "ingress"],
  ["kubernetes-volume", "part-of", "pod"],
  ["persistent-volume-claim", "uses", "persistent-volume"],
  ["persistent-volume", "uses", "storage-class"],
  ["persistent-volume", "kind-of", "kubernetes-volume"],
  ["liveness-probe", "part-of", "pod"],
  ["readiness-probe", "part-of", "pod"],
  ["startup-probe", "part-of", "pod"],
  ["hpa", "kind-of", "autoscaling"],
  ["vpa", "kind-of", "autoscaling"],
  ["hpa", "alternative-to", "vpa"],
  ["sidecar", "part-of", "pod"],
  ["init-container", "part-of", "pod"],
  ["taints-tolerations", "part-of", "kube-scheduler"],
  ["node-affinity", "part-of", "kube-scheduler"],
  ["network-policy", "uses", "cni"],
  ["resource-quota", "part-of", "kubernetes-namespace"],
  ["limitrange", "part-of", "kubernetes-namespace"],
  ["service-account", "uses", "rbac"],
];
