import type { ConceptDef, RelationDef } from "./concept-types";

/** Linux: the OS, the kernel features containers are built from, everyday tools and services. */
export const LINUX_CONCEPTS: readonly ConceptDef[] = [
  { id: "linux", name: "Linux", category: "linux", ko: ["리눅스"] },
  { id: "ubuntu", name: "Ubuntu", category: "linux", ko: ["우분투"] },
  { id: "debian", name: "Debian", category: "linux", ko: ["데비안"] },
  { id: "red-hat", name: "Red Hat", category: "linux", en: ["redhat", "rhel", "red hat enterprise linux"], ko: ["레드 햇"] },
  { id: "centos", name: "CentOS", category: "linux", en: ["centos stream"], ko: ["센트OS", "센토스"] },
  { id: "amazon-linux", name: "Amazon Linux", category: "linux", domains: ["linux", "cloud"], en: ["amazon linux 2", "amazon linux 2023", "amzn2"], ko: ["아마존 리눅스"] },
  {
    id: "namespace", name: "Linux namespaces", category: "linux",
    // A bare `namespace` / 네임스페이스 is read by context (Kubernetes or Linux): contextual-words.ts.
    en: [
      "linux namespace", "kernel namespace", "kernel namespaces", "pid namespace", "pid namespaces",
      "network namespace", "network namespaces", "net namespace", "mount namespace", "mount namespaces",
      "user namespace", "user namespaces", "uts namespace", "ipc namespace", "cgroup namespace",
    ],
    ko: [
      "리눅스 네임 스페이스", "커널 네임 스페이스", "PID 네임 스페이스", "네트워크 네임 스페이스",
      "마운트 네임 스페이스", "유저 네임 스페이스", "사용자 네임 스페이스", "UTS 네임 스페이스", "IPC 네임 스페이스",
    ],
  },
  { id: "cgroups", name: "cgroups", category: "linux", en: ["cgroup", "control group", "control groups"], ko: ["씨그룹", "컨트롤 그룹"] },
  { id: "chroot", name: "chroot", category: "linux", en: ["chroot jail"] },
  {
    id: "union-filesystem", name: "Union filesystem", category: "linux",
    en: ["union file system", "unionfs", "overlayfs", "overlay filesystem", "overlay2", "aufs"],
    ko: ["유니온 파일 시스템"],
  },
  { id: "systemd", name: "systemd", category: "linux", en: ["systemctl", "journalctl", "systemd unit"] },
  { id: "ssh", name: "SSH", category: "linux", en: ["secure shell", "openssh", "sshd"] },
  { id: "bash", name: "Bash", category: "linux", en: ["bash script", "bash scripts"], ko: ["배시"] },
  // A `cron job` is read by context: in a Kubernetes section it is a CronJob (contextual-words.ts).
  { id: "cron", name: "cron", category: "linux", en: ["crontab"], ko: ["크론탭"] },
  { id: "iptables", name: "iptables", category: "linux", domains: ["linux", "traffic"], en: ["ip6tables", "netfilter"], ko: ["아이피테이블즈"] },
  // iptables' successor, often compared with it: its own concept, not another name for it.
  { id: "nftables", name: "nftables", category: "linux", domains: ["linux", "traffic"] },
  { id: "ufw", name: "ufw", category: "linux", domains: ["linux", "traffic"], en: ["uncomplicated firewall"] },
  { id: "firewalld", name: "firewalld", category: "linux", domains: ["linux", "traffic"], en: ["firewall-cmd"] },
  { id: "selinux", name: "SELinux", category: "linux", ko: ["셀리눅스"] },
  // Another security module than SELinux (Ubuntu's and Docker's default profiles), compared with it in notes.
  { id: "apparmor", name: "AppArmor", category: "linux", ko: ["앱아머"] },
  { id: "seccomp", name: "seccomp", category: "linux", en: ["seccomp profile", "seccomp profiles", "seccomp-bpf"], ko: ["세콤프"] },
  // Only as written for the kernel feature: a bare `capabilities` is an ordinary English word.
  {
    id: "linux-capabilities", name: "Linux capabilities", category: "linux",
    en: ["linux capability", "cap_add", "cap_drop", "cap-add", "cap-drop", "cap_sys_admin", "cap_net_admin", "cap_net_bind_service"],
    ko: ["리눅스 케이퍼빌리티"],
  },
  { id: "nfs", name: "NFS", category: "linux", domains: ["linux", "kubernetes"], en: ["network file system", "nfs server"], ko: ["NFS 서버"] },
  // A bare OOM is read by context: a JVM's OutOfMemoryError is no work of the kernel's.
  { id: "oom-killer", name: "OOM killer", category: "linux", domains: ["linux", "container"], en: ["out of memory killer", "oomkilled", "oom kill"], ko: ["OOM 킬러"] },
  { id: "ebpf", name: "eBPF", category: "linux", en: ["extended bpf"] },
  { id: "ceph", name: "Ceph", category: "linux", domains: ["linux", "kubernetes"], en: ["cephfs", "rook ceph"], ko: ["세프"] },
  { id: "glusterfs", name: "GlusterFS", category: "linux", domains: ["linux", "kubernetes"], en: ["gluster"], ko: ["글러스터FS"] },
];

export const LINUX_RELATIONS: readonly RelationDef[] = [
  ["namespace", "part-of", "linux"],
  ["cgroups", "part-of", "linux"],
  ["chroot", "part-of", "linux"],
  ["ubuntu", "kind-of", "linux"],
  ["debian", "kind-of", "linux"],
  ["centos", "kind-of", "linux"],
  ["amazon-linux", "kind-of", "linux"],
  ["ubuntu", "uses", "debian"],
  ["centos", "made-by", "red-hat"],
  ["systemd", "runs-on", "linux"],
  ["bash", "runs-on", "linux"],
  ["cron", "runs-on", "linux"],
  ["iptables", "part-of", "linux"],
  ["iptables", "kind-of", "firewall"],
  ["ufw", "uses", "iptables"],
  ["firewalld", "uses", "iptables"],
  ["ufw", "alternative-to", "firewalld"],
  ["selinux", "part-of", "linux"],
  ["apparmor", "part-of", "linux"],
  ["apparmor", "alternative-to", "selinux"],
  ["seccomp", "part-of", "linux"],
  ["linux-capabilities", "part-of", "linux"],
  ["nftables", "part-of", "linux"],
  ["nftables", "kind-of", "firewall"],
  ["nftables", "alternative-to", "iptables"],
  ["nfs", "runs-on", "linux"],
  ["persistent-volume", "uses", "nfs"],
  ["oom-killer", "part-of", "linux"],
  ["oom-killer", "uses", "cgroups"],
  ["ebpf", "part-of", "linux"],
  ["cilium", "uses", "ebpf"],
  ["ceph", "alternative-to", "nfs"],
  ["glusterfs", "alternative-to", "ceph"],
];
