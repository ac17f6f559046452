import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Prng } from "../../bench/prng";

/**
 * A study vault of our own, generated: a few hundred notes in nested folders, Korean and English,
 * shaped like the public Korean DevOps vaults we studied (a folder per subject, kebab-case English
 * file names under Korean headings, a tag line under the title, command tables, MOC notes, a
 * README per folder, daily TILs by month, `==Q. …==` questions answered, unsure or open) without
 * a sentence of theirs. Deterministic: the same options give the same bytes.
 *
 * A few notes are fixed, for what the tests look for: `docker/docker-network.md` (a Korean query
 * must find it), `docker/docker-swarm.md` (named like a concept nobody mentions, which must rank
 * below it), `rust/rust-iterators.md` (no DevOps search may find it by a typo),
 * `kubernetes/network/ingress-nginx.md` (it answers the open question about installing an
 * ingress controller), and one note per concept in `Concepts/` unless `conceptNotes` is false.
 */

export interface StudyVaultOptions {
  seed?: number;
  /** Notes written in all, at least the fixed ones; 320 by default. */
  notes?: number;
  /** Concept notes tagged `concept` in `Concepts/`. */
  conceptNotes?: boolean;
  /** `Q.` lines; without them the vault has no question at all. */
  questions?: boolean;
}

interface Topic {
  folder: string;
  tag: string;
  /** Concepts the topic's notes talk about: [Korean, English]. */
  concepts: ReadonlyArray<readonly [string, string]>;
  subjects: readonly string[];
}

const TOPICS: readonly Topic[] = [
  { folder: "MZ-CLOUD/docker", tag: "docker", concepts: [["도커", "Docker"], ["컨테이너", "container"], ["도커 컴포즈", "Docker Compose"], ["도커파일", "Dockerfile"], ["도커 볼륨", "Docker volume"], ["포드맨", "Podman"]], subjects: ["run", "exec", "build", "compose", "volume", "logs", "image", "registry", "prune", "inspect"] },
  { folder: "MZ-CLOUD/kubernetes", tag: "k8s", concepts: [["쿠버네티스", "Kubernetes"], ["파드", "Pod"], ["디플로이먼트", "Deployment"], ["서비스", "Service"], ["인그레스", "Ingress"], ["헬름", "Helm"], ["kubectl", "kubectl"], ["레플리카셋", "ReplicaSet"]], subjects: ["pod", "deployment", "service", "configmap", "secret", "probe", "rollout", "hpa", "namespace", "taint"] },
  { folder: "MZ-CLOUD/kubernetes/network", tag: "k8s/network", concepts: [["쿠버네티스", "Kubernetes"], ["인그레스", "Ingress"], ["서비스 메시", "service mesh"], ["이스티오", "Istio"]], subjects: ["cni", "dns", "network-policy", "gateway"] },
  { folder: "MZ-CLOUD/cicd", tag: "cicd", concepts: [["깃허브 액션", "GitHub Actions"], ["젠킨스", "Jenkins"], ["아르고 CD", "Argo CD"], ["CI/CD", "CI/CD"], ["깃옵스", "GitOps"]], subjects: ["workflow", "cache", "secrets", "matrix", "runner", "artifact", "deploy"] },
  { folder: "MZ-CLOUD/iac/terraform", tag: "iac", concepts: [["테라폼", "Terraform"], ["앤서블", "Ansible"], ["IaC", "IaC"]], subjects: ["state", "module", "provider", "workspace", "import", "plan"] },
  { folder: "MZ-CLOUD/git", tag: "git", concepts: [["깃", "Git"], ["깃허브", "GitHub"], ["깃랩", "GitLab"]], subjects: ["rebase", "merge", "stash", "cherry-pick", "blame", "reflog", "bisect", "worktree"] },
  { folder: "MZ-CLOUD/linux", tag: "linux", concepts: [["리눅스", "Linux"], ["네임스페이스", "namespaces"], ["cgroups", "cgroups"], ["systemd", "systemd"], ["우분투", "Ubuntu"]], subjects: ["permission", "process", "cron", "journal", "network", "disk"] },
  { folder: "MZ-CLOUD/GCP", tag: "gcp", concepts: [["GCP", "GCP"], ["GKE", "GKE"], ["VPC", "VPC"], ["클라우드 스토리지", "Cloud Storage"]], subjects: ["vpc", "firewall", "gke", "iam", "cloud-run", "storage"] },
  { folder: "MZ-CLOUD/aws", tag: "aws", concepts: [["AWS", "AWS"], ["EC2", "EC2"], ["S3", "S3"], ["EKS", "EKS"], ["람다", "Lambda"]], subjects: ["ec2", "s3", "iam", "eks", "lambda", "route53"] },
  { folder: "MZ-CLOUD/monitoring", tag: "monitoring", concepts: [["프로메테우스", "Prometheus"], ["그라파나", "Grafana"], ["로키", "Loki"]], subjects: ["alert", "exporter", "dashboard", "promql"] },
];

const SECTION_HEADINGS = ["개요", "명령어", "옵션 정리", "실습", "트러블슈팅", "정리", "참고", "느낀 점", "Local setup", "Scratch notes"] as const;
const KO_SENTENCES = [
  "{K} 처음 써 봤는데 생각보다 설정이 단순했다.",
  "오늘은 {K} 관련 옵션을 표로 정리했다.",
  "{K} 쓰면 환경 차이로 생기는 문제가 줄어든다.",
  "실습 중에 {K} 에러가 나서 한참 헤맸다.",
  "{E}와 {E}의 차이는 아래 표 참고.",
  "{K} 기본값을 바꾸기 전에 공식 문서를 먼저 읽자.",
] as const;
const EN_SENTENCES = ["{E} keeps its state in one place, which makes rollbacks easy.", "I compared {E} with {E} for the team project.", "Most of the time went into wiring {E} into the pipeline."] as const;
const QUESTIONS = ["{K} 언제 쓰는 게 맞지?", "{E} 설정은 어디에 두는 게 좋을까?", "{K} 없이도 같은 걸 할 수 있나?", "Why does {E} need this much memory?", "{E}랑 {E}는 뭐가 다르지?"] as const;
const ANSWERS = ["-> 공식 문서 기준으로는 기본값을 그대로 쓰는 게 낫다.", "-> 모르겠다. 다음 스터디 때 물어보기", "A. It depends on the workload; measure first."] as const;

export function studyVault(options: StudyVaultOptions = {}): Record<string, string> {
  const rng = new Prng(options.seed ?? 20240305);
  const questions = options.questions ?? true;
  const files: Record<string, string> = { ...fixedNotes(questions) };
  if (options.conceptNotes ?? true) Object.assign(files, conceptNotes());
  const total = Math.max(options.notes ?? 320, Object.keys(files).length);
  const add = (path: string, text: string): void => {
    let unique = path;
    for (let n = 2; unique in files; n++) unique = path.replace(/\.md$/, `-${n}.md`);
    files[unique] = text;
  };
  for (const topic of TOPICS) {
    add(`${topic.folder}/README.md`, `# ${topic.tag} 폴더\n\n#${topic.tag}\n\n${topic.subjects.map((s) => `- [[${topicSlug(topic)}-${s}]]`).join("\n")}\n`);
    add(`${topic.folder}/${topicSlug(topic)}_MOC.md`, `# ${topicSlug(topic)} MOC\n\nUp : [[HOME]]\n\n${topic.subjects.map((s) => `- [[${topicSlug(topic)}-${s}]]`).join("\n")}\n`);
  }
  let day = 0;
  for (let i = 0; Object.keys(files).length < total; i++) {
    const topic = TOPICS[i % TOPICS.length] as Topic;
    if (i % 4 === 3) {
      day++;
      const date = new Date(Date.UTC(2024, 2, 1 + day)).toISOString().slice(0, 10);
      add(`TIL/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}.md`, til(rng, topic, questions));
      continue;
    }
    const subject = topic.subjects[Math.floor(i / TOPICS.length) % topic.subjects.length] as string;
    add(`${topic.folder}/${topicSlug(topic)}-${subject}.md`, studyNote(rng, topic, subject, questions, i));
  }
  files["HOME.md"] = `# HOME\n\n${TOPICS.map((t) => `- [[${topicSlug(t)}_MOC]]`).join("\n")}\n`;
  return files;
}

/** Writes the vault into `dir` (emptied first) and returns its files. */
export function writeStudyVault(dir: string, options: StudyVaultOptions = {}): Record<string, string> {
  const files = studyVault(options);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return files;
}

function topicSlug(topic: Topic): string {
  return topic.folder.split("/").pop() ?? topic.tag;
}

function studyNote(rng: Prng, topic: Topic, subject: string, questions: boolean, n: number): string {
  const [ko, en] = rng.pick(topic.concepts);
  const out = [`# ${ko} ${subject} 정리`, "", `#${topic.tag} #${subject} #week/${String((n % 40) + 1).padStart(2, "0")}`, "", "---", ""];
  const sections = rng.int(2, 4);
  for (let s = 0; s < sections; s++) {
    out.push(`## ${rng.pick(SECTION_HEADINGS)}`, "");
    out.push(sentence(rng, topic), sentence(rng, topic), "");
    if (rng.chance(0.3)) out.push("| 명령어 | 설명 |", "|---|---|", `| \`${en.toLowerCase()} ${subject}\` | ${ko} ${subject} |`, "");
    if (questions && rng.chance(0.35)) out.push(...question(rng, topic), "");
  }
  if (rng.chance(0.5)) out.push(`관련 : [[${topicSlug(topic)}_MOC]]`, "");
  return out.join("\n");
}

function til(rng: Prng, topic: Topic, questions: boolean): string {
  // The template's fields lead (a field under a question would read as its answer).
  const out = ["#til", "", "키워드 :", "", "## 오늘 한 것", "", `- ${sentence(rng, topic)}`, `- ${sentence(rng, topic)}`, ""];
  if (questions) out.push(...question(rng, topic).map((line, i) => (i === 0 ? `==${line}==` : line)), "");
  return out.join("\n");
}

function question(rng: Prng, topic: Topic): string[] {
  const line = `Q. ${fill(rng, rng.pick(QUESTIONS), topic)}`;
  const r = rng.next();
  return r < 0.4 ? [line] : [line, fill(rng, rng.pick(ANSWERS), topic)];
}

function sentence(rng: Prng, topic: Topic): string {
  return fill(rng, rng.chance(0.25) ? rng.pick(EN_SENTENCES) : rng.pick(KO_SENTENCES), topic);
}

function fill(rng: Prng, template: string, topic: Topic): string {
  return template.replace(/\{([KE])\}/g, (_, kind: string) => {
    const [ko, en] = rng.pick(topic.concepts);
    if (kind === "E") return en;
    const name = rng.chance(0.7) ? ko : en;
    return name + particle(name, rng);
  });
}

function particle(name: string, rng: Prng): string {
  const last = name.charCodeAt(name.length - 1);
  const batchim = last >= 0xac00 && last <= 0xd7a3 ? (last - 0xac00) % 28 !== 0 : false;
  return rng.pick(batchim ? ["은", "을", "이", "으로", "의"] : ["는", "를", "가", "로", "의"]);
}

function conceptNotes(): Record<string, string> {
  const notes: Array<[string, string[]]> = [["Docker", ["도커"]], ["Kubernetes", ["쿠버네티스", "k8s"]], ["Pod", ["파드"]], ["Ingress", ["인그레스"]], ["Terraform", ["테라폼"]], ["Git", ["깃"]], ["GitHub Actions", ["깃허브 액션"]], ["Prometheus", ["프로메테우스"]]];
  return Object.fromEntries(notes.map(([name, aliases]) => [`Concepts/${name}.md`, `---\ntags: [concept]\naliases: [${aliases.join(", ")}]\n---\n# ${name}\n\n## 정의\n\n${aliases[0]} 정리 노트.\n`]));
}

function fixedNotes(questions: boolean): Record<string, string> {
  const q = (line: string): string => (questions ? line : "");
  return {
    "MZ-CLOUD/docker/docker-network.md": "# 브리지와 오버레이\n\n#docker #network\n\n---\n\n## 드라이버 비교\n\n| 드라이버 | 쓰임 |\n|---|---|\n| bridge | 한 호스트 안의 컨테이너끼리 |\n| overlay | 여러 호스트에 걸친 스웜 |\n\n## 이름으로 통신\n\n같은 사용자 정의 bridge에 붙은 컨테이너는 이름으로 서로를 찾는다.\n",
    "MZ-CLOUD/docker/docker-swarm.md": "# 스웜 모드 메모\n\n#docker #swarm\n\n---\n\n노드 세 대로 클러스터를 묶을 예정. 매니저는 홀수로.\n",
    "MZ-CLOUD/kubernetes/pod-lifecycle.md": "# 파드 생명주기\n\n#k8s #pod\n\n---\n\n## 파드는 왜 재시작되나?\n\nrestartPolicy에 따라 kubelet이 컨테이너를 다시 띄운다. 기본값은 Always.\n",
    "MZ-CLOUD/rust/rust-iterators.md": "# Iterator 정리\n\n#rust\n\n---\n\n`map`, `filter`, `fold` 로 벡터를 다룬다. 지연 평가라서 `collect` 전까지는 아무 일도 안 한다.\n",
    "MZ-CLOUD/rust/rust-ownership.md": "# 소유권\n\n#rust\n\n---\n\n값을 넘기면 소유권이 이동한다. 빌림은 `&`.\n",
    "MZ-CLOUD/kubernetes/network/ingress-nginx.md": "# Ingress-Nginx\n\n#k8s/network #ingress\n\n---\n\n## 설치\n\n인그레스 컨트롤러는 헬름 차트로 설치했다: `helm install ingress-nginx ingress-nginx/ingress-nginx`.\n\n## 규칙\n\n인그레스 규칙은 host와 path로 서비스에 보낸다.\n",
    "TIL/2024/02/2024-02-28.md": `#til\n\n키워드 :\n\n## 오늘 한 것\n\n- 쿠버네티스 인그레스 실습 준비\n\n${q("==Q. 인그레스 컨트롤러는 어떻게 설치하지?==")}\n`,
    "English/devops/platform-notes.md": "# Platform notes\n\n#english #platform\n\n## Terraform state\n\nRemote state lives in a bucket with locking. Terraform plans read it first.\n\n## Pod restarts\n\nA Pod restarts by its restartPolicy; kubelet applies it.\n",
  };
}
