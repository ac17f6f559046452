import type { ConceptDef, RelationDef } from "./concept-types";

/** Virtualization: virtual machines, hypervisors and VM tooling. */
export const VIRTUALIZATION_CONCEPTS: readonly ConceptDef[] = [
  {
    id: "virtualization", name: "Virtualization", category: "virtualization",
    en: ["virtualisation", "virtualize", "virtualized", "virtualise", "virtualised", "hardware virtualization"],
    ko: ["가상화"],
  },
  {
    id: "virtual-machine", name: "Virtual machine", category: "virtualization",
    // Lower-case `vm` is no English word; `vm.max_map_count` is a setting, which the file-name rule leaves out.
    en: ["virtual machines", "vm", "vms", "guest vm"], ko: ["가상 머신", "버추얼 머신"],
  },
  { id: "hypervisor", name: "Hypervisor", category: "virtualization", en: ["hypervisors", "virtual machine monitor"], ko: ["하이퍼바이저"] },
  { id: "vmware", name: "VMware", category: "virtualization", en: ["vmware esxi", "esxi", "vsphere"], ko: ["브이엠웨어"] },
  { id: "virtualbox", name: "VirtualBox", category: "virtualization", en: ["virtual box", "vbox"], ko: ["버추얼 박스", "버츄얼 박스"] },
  { id: "kvm", name: "KVM", category: "virtualization", en: ["kernel-based virtual machine"] },
  { id: "xen", name: "Xen", category: "virtualization", en: ["xenserver"] },
  { id: "hyper-v", name: "Hyper-V", category: "virtualization", en: ["hyperv"], ko: ["하이퍼브이"] },
  { id: "qemu", name: "QEMU", category: "virtualization", ko: ["큐에뮤"] },
  { id: "libvirt", name: "libvirt", category: "virtualization", en: ["libvirtd", "virsh", "virt-manager", "virt-install"], ko: ["리브버트"] },
  { id: "proxmox", name: "Proxmox", category: "virtualization", en: ["proxmox ve"], ko: ["프록스목스"] },
  { id: "firecracker", name: "Firecracker", category: "virtualization", en: ["microvm", "microvms"], ko: ["파이어크래커"] },
  { id: "unikernel", name: "Unikernel", category: "virtualization", en: ["unikernels"], ko: ["유니커널"] },
  { id: "vagrant", name: "Vagrant", category: "virtualization", en: ["vagrantfile"], ko: ["베이그런트", "베이그랜트"] },
];

export const VIRTUALIZATION_RELATIONS: readonly RelationDef[] = [
  ["virtual-machine", "kind-of", "virtualization"],
  ["container", "kind-of", "virtualization"],
  ["virtual-machine", "runs-on", "hypervisor"],
  ["hypervisor", "hosts", "virtual-machine"],
  ["vmware", "kind-of", "hypervisor"],
  ["virtualbox", "kind-of", "hypervisor"],
  ["kvm", "kind-of", "hypervisor"],
  ["xen", "kind-of", "hypervisor"],
  ["hyper-v", "kind-of", "hypervisor"],
  ["virtualbox", "alternative-to", "vmware"],
  ["kvm", "part-of", "linux"],
  ["qemu", "uses", "kvm"],
  ["libvirt", "uses", "qemu"],
  ["libvirt", "uses", "kvm"],
  ["proxmox", "uses", "kvm"],
  ["proxmox", "uses", "lxc"],
  ["firecracker", "uses", "kvm"],
  ["firecracker", "made-by", "aws"],
  ["unikernel", "alternative-to", "container"],
  ["vagrant", "made-by", "hashicorp"],
  ["vagrant", "uses", "virtualbox"],
];
