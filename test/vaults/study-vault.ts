import { Prng } from "../../bench/prng";

/**
 * A study vault of our own for the browser tests: a few hundred notes in nested folders, written
 * the way learners keep DevOps notes (modelled on public study vaults, studied, never copied):
 * bootcamp days in dated folders, TILs by year and month, a project's lab notes, MOCs of links,
 * English CKA notes beside Korean ones, a few concept notes tagged as such, and the traps of
 * concept notes and linking: a TIL and a project note named like concepts, a note that opts out
 * of linking, headings, code, callouts and longer names (`my-docker-setup`) around the mentions.
 *
 * Deterministic: the same count and seed give the same files, on every machine.
 */

export interface StudyVault {
  files: Record<string, string>;
  /** Paths of the notes with a known role in the tests. */
  known: {
    conceptNotes: string[];
    /** Named like the Docker concept, which has a tagged note: links its mentions to it. */
    dockerTil: string;
    /** Named like Ingress, which has no tagged note: offered as its note, never taken. */
    ingressNote: string;
    optedOut: string;
    /** A note with an open question about Kubernetes, and the note that answers it. */
    question: { path: string; line: number; answer: string };
    /** Sections, headings, a link and a longer name around mentions: what the editor underlines. */
    hints: string;
  };
}

const KO_SENTENCES = [
  "쿠버네티스는 파드를 노드에 스케줄링한다.",
  "오늘은 쿠버네티스 클러스터를 kubeadm으로 다시 올렸다.",
  "파드가 재시작되면 IP가 바뀌어서 서비스로 묶어야 한다.",
  "도커로 이미지를 빌드하고 레지스트리에 올렸다.",
  "인그레스 컨트롤러는 my-docker-setup 저장소의 차트로 설치했다.",
  "쿠버네티스 노드를 하나 더 붙였다.",
  "헬름 차트로 모니터링 스택을 배포했다.",
  "리눅스 네임스페이스와 cgroups가 컨테이너 격리의 바탕이다.",
  "테라폼으로 VPC와 서브넷을 만들었다.",
  "깃허브 액션에서 쿠버네티스로 배포하는 파이프라인을 짰다.",
  "프로메테우스가 파드의 메트릭을 긁어 간다.",
  "디플로이먼트의 롤링 업데이트가 생각보다 빨랐다.",
];
const EN_SENTENCES = [
  "Kubernetes schedules Pods onto nodes that have room for them.",
  "The control plane keeps the desired state in etcd.",
  "A Service gives a stable address to a set of Pods.",
  "I rebuilt the Docker image with a smaller base.",
  "Helm charts template the manifests for each environment.",
  "Kubernetes restarts a container when its liveness probe fails.",
  "An Ingress routes HTTP traffic to Services by host and path.",
  "Terraform keeps its state in a remote backend.",
];
/** Sentences that link a concept already, as learners write them. */
const LINKED_SENTENCES = [
  "[[Kubernetes|쿠버네티스]] 공식 문서도 같이 봤다.",
  "자세한 구조는 [[Kubernetes]] 노트에 정리해 두었다.",
  "[[Pod|파드]]가 Pending에서 멈추면 이벤트부터 본다.",
  "[[Kubernetes|쿠버네티스]] 버전을 1.29로 올렸다.",
  "[[Helm|헬름]] 릴리스를 롤백했다.",
];
const TOPICS_KO = ["파드 스케줄링", "서비스와 인그레스", "노드 추가", "헬름 차트", "롤링 업데이트", "도커 이미지", "네트워크 정책", "리소스 제한"];
const TOPICS_EN = ["Scheduling", "Services", "Storage", "Networking", "Troubleshooting", "Security", "Upgrades"];

function paragraph(rng: Prng, sentences: readonly string[], count: number): string {
  return Array.from({ length: count }, () => rng.pick(sentences)).join(" ");
}

function koreanNote(rng: Prng, title: string, tags: string[]): string {
  const lines: string[] = [];
  if (tags.length > 0) lines.push("---", `tags: [${tags.join(", ")}]`, "---");
  lines.push(`# ${title}`, "", paragraph(rng, KO_SENTENCES, rng.int(1, 3)), "");
  if (rng.chance(0.3)) lines.push("## 쿠버네티스 메모", "", `- ${rng.pick(KO_SENTENCES)}`, `- ${rng.pick(KO_SENTENCES)}`, "");
  if (rng.chance(0.35)) lines.push("```bash", "kubectl get pods -A", "docker build -t app:1.0 .", "```", "");
  if (rng.chance(0.2)) lines.push("> [!note] 쿠버네티스 팁", `> ${rng.pick(KO_SENTENCES)}`, "");
  if (rng.chance(0.25)) lines.push(rng.pick(LINKED_SENTENCES), "");
  lines.push(paragraph(rng, KO_SENTENCES, rng.int(1, 2)), "");
  // Questions at the end of a note: open, or answered with a shrug (unsure).
  if (rng.chance(0.15)) {
    lines.push(`Q. ${rng.pick(["롤링 업데이트는 언제 멈추지?", "헬름 차트의 values는 어디서 덮어쓰지?", "쿠버네티스에서 파드가 Pending이면 뭘 봐야 하지?", "쿠버네티스 노드는 몇 대가 적당하지?"])}`);
    if (rng.chance(0.5)) lines.push("-> 잘 모르겠다");
  }
  return lines.join("\n");
}

function englishNote(rng: Prng, title: string): string {
  const lines = ["---", "tags: [cka]", "---", `# ${title}`, "", paragraph(rng, EN_SENTENCES, rng.int(2, 3)), ""];
  if (rng.chance(0.4)) lines.push("## Notes", "", `- ${rng.pick(EN_SENTENCES)}`, `- ${rng.pick(EN_SENTENCES)}`, "");
  if (rng.chance(0.3)) lines.push("```yaml", "apiVersion: v1", "kind: Pod", "```", "");
  return lines.join("\n");
}

export function generateStudyVault(count = 320, seed = 20240302): StudyVault {
  const rng = new Prng(seed);
  const files: Record<string, string> = {};
  const add = (path: string, text: string): void => {
    let unique = path;
    for (let n = 2; unique in files; n++) unique = path.replace(/\.md$/, ` ${n}.md`);
    files[unique] = text;
  };

  const conceptNotes = ["Concepts/Kubernetes.md", "Concepts/Docker.md", "Concepts/Pod.md", "Concepts/Helm.md"];
  add("Concepts/Kubernetes.md", "---\ntags: [concept]\naliases: [쿠버네티스, k8s]\n---\n# Kubernetes\n\n쿠버네티스는 컨테이너 오케스트레이터다. 파드와 서비스, 디플로이먼트를 다룬다.\n");
  add("Concepts/Docker.md", "---\ntags: [concept]\naliases: [도커]\n---\n# Docker\n\n도커는 컨테이너를 만들고 실행한다.\n");
  add("Concepts/Pod.md", "---\ntags: [concept]\naliases: [파드]\n---\n# Pod\n\n파드는 쿠버네티스가 배포하는 가장 작은 단위다.\n");
  add("Concepts/Helm.md", "---\ntags: [concept]\naliases: [헬름]\n---\n# Helm\n\n헬름은 쿠버네티스의 패키지 관리자다.\n");
  const dockerTil = "TIL/2024/01/docker.md";
  add(dockerTil, "# docker\n\n도커 볼륨을 정리했다. 도커는 레이어를 캐시한다.\n");
  const ingressNote = "Projects/k8s-lab/ingress.md";
  add(ingressNote, "# ingress\n\n우리 실습 클러스터의 인그레스 설정. 인그레스는 Ingress-Nginx로 띄웠다.\n");
  const optedOut = "Archive/shared/회의 공유본.md";
  add(optedOut, "---\ndevops-links: false\n---\n# 회의 공유본\n\n쿠버네티스 이전 일정. 도커 이미지는 그대로 쓴다.\n");
  const question = { path: "Bootcamp/kubernetes/day3-1208/etcd 질문.md", line: 5, answer: "Study/etcd 정리.md" };
  add(question.path, "# etcd 질문\n\n쿠버네티스를 다시 설치하다가 든 생각.\n\nQ. 쿠버네티스는 왜 etcd가 필요하지?\n");
  add(question.answer, "# etcd 정리\n\n## etcd의 역할\n\n쿠버네티스 클러스터의 상태는 etcd에 저장된다. etcd는 분산 키-값 저장소라 노드가 죽어도 클러스터 상태를 잃지 않는다.\n");
  const hints = "Study/hints 연습.md";
  add(hints, ["# 쿠버네티스 정리", "", "쿠버네티스는 파드를 돌린다. 쿠버네티스를 다시 본다.", "my-docker-setup 저장소와 도커를 같이 쓴다.", "", "## 두 번째 섹션", "도커와 쿠버네티스를 비교했다.", "", "## 세 번째 섹션", "[[Kubernetes|쿠버네티스]]를 링크했고 쿠버네티스를 또 쓴다. 도커도 쓴다.", ""].join("\n"));
  add("MOC/Kubernetes MOC.md", "# Kubernetes MOC\n\n#kubernetes #MOC\n\n- [[Kubernetes]] - 개념\n- [[Pod]] - 파드\n- [[etcd 정리]]\n- [[ingress]]\n");

  const month = (n: number): string => String(1 + (n % 12)).padStart(2, "0");
  for (let n = 0; Object.keys(files).length < count; n++) {
    const r = rng.next();
    if (r < 0.35) {
      const year = rng.pick(["2023", "2024"]);
      add(`TIL/${year}/${month(n)}/TIL ${year}-${month(n)}-${String(1 + (n % 28)).padStart(2, "0")}.md`, koreanNote(rng, `TIL ${rng.pick(TOPICS_KO)}`, rng.chance(0.15) ? ["til", "기획안"] : ["til"]));
    } else if (r < 0.55) {
      const day = 1 + (n % 12);
      add(`Bootcamp/kubernetes/day${day}-12${String(day).padStart(2, "0")}/${rng.pick(TOPICS_KO)}.md`, koreanNote(rng, rng.pick(TOPICS_KO), []));
    } else if (r < 0.7) {
      add(`Projects/k8s-lab/${rng.pick(["실습", "설정", "장애"])}/${rng.pick(TOPICS_KO)} ${n}.md`, koreanNote(rng, rng.pick(TOPICS_KO), rng.chance(0.5) ? ["기획안"] : []));
    } else if (r < 0.88) {
      add(`English/CKA/${rng.pick(TOPICS_EN)}/${rng.pick(TOPICS_EN)} notes ${n}.md`, englishNote(rng, `${rng.pick(TOPICS_EN)} notes`));
    } else {
      add(`Inbox/${rng.pick(["메모", "스터디", "링크"])} ${n}.md`, koreanNote(rng, "메모", []));
    }
  }
  return { files, known: { conceptNotes, dockerTil, ingressNote, optedOut, question, hints } };
}
