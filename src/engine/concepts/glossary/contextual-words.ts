import type { Domain, ReadingDef } from "./concept-types";

/**
 * Words read by context. A generic word (이미지, node, 서비스, 배포, 클러스터, 볼륨) is a DevOps
 * concept only where the line or its section speaks of that concept's domain; a word with two
 * senses (컨테이너, namespace, Apache, ingress) is read in the sense its note speaks of, and in
 * ours when nothing says otherwise. Evidence is the other mentions and cue words on the line and
 * in the section (its heading included), and the note's folder and title.
 */

const CONTAINERS: readonly Domain[] = ["container", "kubernetes", "orchestration"];
/** Where an image is built and pushed, it is a container image too. */
const IMAGES: readonly Domain[] = [...CONTAINERS, "ci-cd"];
const DEVOPS: readonly Domain[] = ["container", "kubernetes", "orchestration", "cloud", "virtualization", "linux", "ci-cd", "iac"];
const SHIPPING_OUT: readonly Domain[] = ["ci-cd", "container", "kubernetes", "orchestration", "cloud", "iac"];
/**
 * Where `deployment` could also be a Kubernetes Deployment, the act of deploying must be called
 * for by other evidence than Kubernetes: senses that share a domain would let the wider one win.
 */
const SHIPPING_OUT_BUT_KUBERNETES: readonly Domain[] = SHIPPING_OUT.filter((domain) => domain !== "kubernetes");

export const READINGS: readonly ReadingDef[] = [
  // Two senses, ours by default (`namespace` only in Korean prose, and Kubernetes' there: Korean
  // study notes write a bare 네임스페이스 of Kubernetes far more often than of the kernel, whose
  // namespaces come with the containers they isolate; in English it is as often DNS's, XML's, a
  // data catalog's or a language's). A note on Python's classes and modules speaks of its
  // namespaces, not the kernel's.
  {
    en: ["container", "containers"], ko: ["컨테이너"],
    senses: [["container", DEVOPS], [null, ["css"]], [null, ["java"]], [null, ["shipping"]], [null, ["programming"]], [null, ["directory"]]],
    otherwise: "container", reach: "section",
  },
  {
    en: ["namespace", "namespaces"], ko: ["네임 스페이스"],
    senses: [["kubernetes-namespace", ["kubernetes"]], ["namespace", ["linux", "container"]], [null, ["programming", "language"]], [null, ["directory"]]],
    otherwise: "kubernetes-namespace", otherwiseInKorean: true, reach: "section",
  },
  {
    en: ["apache"], ko: ["아파치"],
    senses: [["apache-httpd", ["web", "linux"]], [null, ["data", "compute-cluster"]]],
    otherwise: "apache-httpd", reach: "section",
    vendorUnlessFollowedBy: ["HTTP", "HTTPD", "Httpd", "Web", "Server", "Webserver", "Module", "Modules", "VirtualHost"],
  },
  {
    en: ["ingress"], ko: ["인그레스"],
    senses: [["ingress", ["kubernetes"]], [null, ["traffic"]]],
    otherwise: "ingress", reach: "section",
  },

  // Generic words: ours only where the context speaks of the domain.
  {
    // A machine's images (AMIs, a VM's disk) are no container images either.
    en: ["image", "images"], ko: ["이미지"],
    senses: [["container-image", IMAGES], [null, ["picture"]], [null, ["virtualization"]]],
    otherwise: null, reach: "section", ownedByModifier: ["virtualization"],
  },
  {
    // The machines of a Hadoop cluster or a PyTorch job are nodes too, even where the note also
    // runs it on Kubernetes.
    en: ["node", "nodes"], ko: ["노드"],
    senses: [["kubernetes-node", ["kubernetes"]], [null, ["compute-cluster"]]],
    otherwise: null, reach: "section", ownedByModifier: true, notBeforeNumber: true,
  },
  {
    // Kubernetes' old name for its control plane, ours by default (Korean study notes say 마스터
    // 노드 for it); the head node of a Hadoop cluster or a distributed training job, or a Jenkins
    // controller, where the context speaks of those.
    en: ["master node", "master nodes"], ko: ["마스터 노드"],
    senses: [["control-plane", ["kubernetes"]], [null, ["compute-cluster"]], [null, ["ci-cd"]]],
    otherwise: "control-plane", reach: "section",
  },
  {
    // Kubernetes' where the section speaks of it, and in Korean prose, where it is always meant
    // so; in English a VPN's, a service mesh's or any platform's coordinating servers are one too.
    // (컨트롤 플레인 stays an alias: kubernetes.ts.)
    en: ["control plane", "control planes"],
    senses: [["control-plane", ["kubernetes"]]],
    otherwise: "control-plane", otherwiseInKorean: true, reach: "section",
  },
  {
    // A pod's labels and a Service's selector where the section speaks of Kubernetes; a metric's
    // labels (Prometheus, Loki, an alert's route), an issue's, a build agent's and a CSS selector
    // are none of ours.
    en: ["label", "labels", "selector", "selectors"], ko: ["레이블", "라벨", "셀렉터", "실렉터"],
    senses: [["labels-selectors", ["kubernetes"]], [null, ["monitoring"]], [null, ["css"]], [null, ["vcs"]], [null, ["ci-cd"]]],
    otherwise: null, reach: "section", ownedByModifier: true,
  },
  {
    // A directory's sense first: a line that names an SPN and a service account (which speaks
    // of Kubernetes too) is about a Windows service.
    exact: ["Service", "Services"],
    senses: [[null, ["directory"]], ["kubernetes-service", ["kubernetes"]]],
    otherwise: null, reach: "section", ownedByModifier: true,
  },
  {
    en: ["service", "services"], ko: ["서비스"],
    senses: [[null, ["directory"]], ["kubernetes-service", ["kubernetes"]]],
    otherwise: null, reach: "line", ownedByModifier: true,
  },
  {
    // A Hadoop, Ray or GPU training cluster is no Kubernetes cluster, even beside autoscaling.
    en: ["cluster", "clusters"], ko: ["클러스터"],
    senses: [["kubernetes-cluster", ["kubernetes"]], [null, ["compute-cluster"]]],
    otherwise: null, reach: "section", ownedByModifier: true,
  },
  {
    // Capitalised, it is most often the object (in Korean prose always): ours by default.
    exact: ["Deployment", "Deployments"],
    senses: [["kubernetes-deployment", ["kubernetes"]], ["deployment", SHIPPING_OUT_BUT_KUBERNETES]],
    otherwise: "kubernetes-deployment", alwaysInKorean: true, reach: "section",
  },
  {
    en: ["deployment", "deployments"],
    senses: [["kubernetes-deployment", ["kubernetes"]], ["deployment", SHIPPING_OUT_BUT_KUBERNETES]],
    otherwise: null, reach: "section",
  },
  {
    ko: ["배포"],
    senses: [["deployment", SHIPPING_OUT]],
    otherwise: null, reach: "section",
  },
  {
    en: ["volume", "volumes"], ko: ["볼륨"],
    senses: [["kubernetes-volume", ["kubernetes"]], ["docker-volume", ["container"]]],
    otherwise: null, reach: "section", ownedByModifier: true,
  },
  {
    en: ["registry", "registries"], ko: ["레지스트리"],
    senses: [["container-registry", CONTAINERS]],
    otherwise: null, reach: "section", ownedByModifier: true,
  },
  {
    exact: ["Secret", "Secrets"],
    senses: [["kubernetes-secret", ["kubernetes"]]],
    otherwise: null, reach: "section", ownedByModifier: true,
  },
  {
    en: ["secret", "secrets"],
    senses: [["kubernetes-secret", ["kubernetes"]]],
    otherwise: null, reach: "line", ownedByModifier: true,
  },
  {
    // Korean borrows 시크릿 for the Kubernetes object (a secret is 비밀, a secret value 비밀값):
    // ours unless the section speaks of a repository's or a cloud's secrets (GitHub, AWS).
    ko: ["시크릿"],
    senses: [["kubernetes-secret", ["kubernetes"]], [null, ["vcs", "cloud"]]],
    otherwise: "kubernetes-secret", reach: "section", ownedByModifier: true,
  },
  {
    en: ["orchestration", "orchestrator", "orchestrators"], ko: ["오케스트레이션", "오케스트레이터"],
    senses: [["container-orchestration", CONTAINERS]],
    otherwise: null, reach: "section",
  },
  {
    en: ["playbook", "playbooks"], ko: ["플레이북"],
    senses: [["ansible-playbook", ["iac"]]],
    otherwise: null, reach: "section",
  },
  {
    en: ["inventory"], ko: ["인벤토리"],
    senses: [["ansible-inventory", ["iac"]]],
    otherwise: null, reach: "section",
  },
  {
    en: ["bastion", "bastions"], ko: ["배스천", "베스천"],
    senses: [["bastion-host", ["cloud", "linux", "traffic"]]],
    otherwise: null, reach: "section",
  },
  {
    en: ["region", "regions"],
    senses: [["region", ["cloud"]]],
    otherwise: null, reach: "section",
  },
  {
    exact: ["AZ", "AZs"],
    senses: [["availability-zone", ["cloud"]]],
    otherwise: null, reach: "section",
  },
  {
    exact: ["SG", "SGs"],
    senses: [["security-group", ["cloud"]]],
    otherwise: null, reach: "line",
  },
  {
    // The kernel's OOM killer where the section speaks of Linux or containers; a JVM's is not it.
    exact: ["OOM"],
    senses: [["oom-killer", ["linux", ...CONTAINERS]], [null, ["java", "programming"]]],
    otherwise: null, reach: "section",
  },
  {
    // A load balancer's targets where the section speaks of the cloud or web traffic; else any group aimed at.
    en: ["target group", "target groups"], ko: ["타겟 그룹", "대상 그룹"],
    senses: [["target-group", ["cloud", "web"]]],
    otherwise: null, reach: "section",
  },
  {
    // The registry where the section speaks of containers; any other harbour is not it.
    exact: ["Harbor"],
    senses: [["harbor", CONTAINERS]],
    otherwise: null, reach: "section",
  },
  {
    // A CronJob where the section speaks of Kubernetes, else a job of cron's.
    en: ["cron job", "cron jobs"],
    senses: [["kubernetes-job", ["kubernetes"]], ["cron", ["linux"]]],
    otherwise: "cron", reach: "section",
  },
  {
    // A Job of Kubernetes where the section speaks of it; any other job is work.
    exact: ["Job", "Jobs"],
    senses: [["kubernetes-job", ["kubernetes"]]],
    otherwise: null, reach: "section",
  },
  {
    // Social media, in Korean prose, unless the section speaks of the cloud.
    exact: ["SNS"],
    senses: [["sns", ["cloud"]]],
    otherwise: null, reach: "section",
  },
  {
    // The function service where the section speaks of the cloud; a lambda of a language is not it.
    exact: ["Lambda", "Lambdas"], ko: ["람다"],
    senses: [["aws-lambda", ["cloud"]], [null, ["programming", "language"]]],
    otherwise: null, reach: "section",
  },
  {
    // A node's taints where the section speaks of Kubernetes; elsewhere tainted data, input or
    // content (taint analysis in security notes).
    en: ["taint", "taints"],
    senses: [["taints-tolerations", ["kubernetes"]]],
    otherwise: null, reach: "section",
  },
  {
    // The object where the section speaks of Kubernetes; a network's policies elsewhere (routing,
    // firewalls, Windows' Network Policy Server). Written as one word, it is always the object.
    en: ["network policy", "network policies"], ko: ["네트워크 정책"],
    senses: [["network-policy", ["kubernetes"]]],
    otherwise: null, reach: "section",
  },
  {
    // Cosign where the section speaks of images and signing them; the cosine of a similarity
    // (코사인 유사도) anywhere else.
    ko: ["코사인"],
    senses: [["cosign", ["container", "ci-cd"]]],
    otherwise: null, reach: "section",
  },
  {
    exact: ["PV", "PVs"],
    senses: [["persistent-volume", ["kubernetes"]]],
    otherwise: null, reach: "section",
  },
  {
    exact: ["PVC", "PVCs"],
    senses: [["persistent-volume-claim", ["kubernetes"]]],
    otherwise: null, reach: "section",
  },
];
