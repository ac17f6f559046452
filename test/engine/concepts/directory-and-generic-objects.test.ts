import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

const concepts = (path: string, text: string): string[] => parseNote(path, text).mentions.map((m) => m.conceptId);

/**
 * An LDAP or Active Directory note has namespaces, containers and services of its own: they are
 * no Linux namespace, container or Kubernetes Service. Where the section speaks of containers
 * or Kubernetes as well as of a directory, the evidence decides as it does for any word.
 */
describe("namespaces, containers and services of a directory", () => {
  it("are not ours where the section speaks of LDAP or Active Directory", () => {
    expect(concepts("AD/ldap-queries.md", "## Searching\nEvery LDAP query runs inside one namespace of the directory.\n")).toEqual(["ldap"]);
    expect(concepts("AD/overview.md", "## Objects\nIn Active Directory, containers group users and computers.\n")).toEqual(["active-directory"]);
    expect(concepts("AD/spn.md", "## SPNs\nA service started by the system runs under a Service Account, named by its SPN.\n")).toEqual(["service-account"]);
  });

  it("are read by their cues too: ADSI, a domain controller, Kerberos", () => {
    expect(concepts("notes.md", "## ADsPath\nThe ADsPath sets which namespace the script searches.\n")).toEqual([]);
    expect(concepts("notes.md", "## Tickets\nThe domain controller checks the service before Kerberos grants a ticket.\n")).toEqual([]);
    expect(concepts("Azure/RBAC.md", "## Roles\nRoles are given to users, groups and service principals, on a Kubernetes cluster too.\n")).not.toContain("kubernetes-service");
  });

  it("stay ours where the section speaks of containers or Kubernetes", () => {
    expect(concepts("notes.md", "## Isolation\nDocker gives each container its own PID namespace and network namespace.\n")).toEqual(["docker", "container", "namespace", "namespace"]);
    expect(concepts("notes.md", "## Namespaces\nkubectl lists the pods of one namespace at a time.\n")).toContain("kubernetes-namespace");
    expect(concepts("notes.md", "## Sign-in\nThe Keycloak pod reads users from LDAP; its service exposes port 8080 to the cluster's pods.\n")).toContain("kubernetes-service");
  });
});

/** `taint` and `network policy` are English words before they are Kubernetes objects. */
describe("taints and network policies", () => {
  it("are Kubernetes' where the section speaks of it", () => {
    expect(concepts("notes.md", "## Scheduling\nkubectl taint nodes gpu-1 dedicated=ml:NoSchedule keeps other pods off the node.\n")).toContain("taints-tolerations");
    expect(concepts("notes.md", "## Isolation\nA network policy selects pods by label and allows ingress from one namespace.\n")).toContain("network-policy");
    expect(concepts("notes.md", "NetworkPolicy 는 기본적으로 모든 트래픽을 허용한다\n")).toEqual(["network-policy"]);
  });

  it("are not where nothing around them does", () => {
    expect(concepts("security/smime.md", "## Integrity\nChanging the message while it is encrypted would taint its content.\n")).toEqual([]);
    expect(concepts("security/taint-analysis.md", "## Sources\nUser input taints every variable it reaches.\n")).toEqual([]);
    expect(concepts("networking/routing.md", "## BGP\nRouters choose paths by network policies and rule sets.\n")).toEqual([]);
  });
});

/**
 * `namespace` with nothing around it is ours in Korean prose, which borrows the word for Linux's
 * or Kubernetes' alone, and Kubernetes' there (a Korean study group's notes on namespaces and
 * DNS wrote it 37 times with nothing else of Kubernetes in the section; a Linux namespace comes
 * with the containers it isolates); in English prose it is as often a name space of DNS, XML, a
 * catalog or a language, and stays unread unless its section speaks of containers or Kubernetes.
 */
describe("a namespace nothing speaks for", () => {
  it("is Kubernetes' in a Korean line, Linux's beside containers, and no concept in an English line", () => {
    expect(concepts("notes.md", "## 네임스페이스와 DNS\n같은 네임스페이스 안에서는 이름만으로 찾아간다\n")).toEqual(["kubernetes-namespace", "dns", "kubernetes-namespace"]);
    expect(concepts("notes.md", "## 격리\n컨테이너마다 namespace 로 프로세스가 보는 것을 나눈다\n")).toEqual(["container", "namespace"]);
    expect(concepts("notes.md", "## Reverse lookups\nPTR records live in the in-addr.arpa namespace.\n")).toEqual([]);
    expect(concepts("notes.md", "## Catalog\nTables sit in a three-level namespace: catalog, schema, table.\n")).toEqual([]);
  });

  it("is read by its section in English as in Korean", () => {
    expect(concepts("notes.md", "## Isolation\nEach container gets its own namespace.\n")).toEqual(["container", "namespace"]);
    expect(concepts("notes.md", "## Scoping\nkubectl get pods lists one namespace.\n")).toContain("kubernetes-namespace");
  });
});

/** A language's namespaces, and a structure that holds others, are no concept of ours. */
describe("namespaces and containers of code", () => {
  it("are not ours where the section speaks of a language, or the words say it is any holder", () => {
    expect(concepts("Python/class.md", "## 클래스\n파이썬의 클래스는 그 자체가 하나의 네임스페이스다\n")).toEqual(["python"]);
    expect(concepts("notes.md", "## 씬\n씬은 모든 객체를 담는 컨테이너 역할을 한다\n")).toEqual([]);
    expect(concepts("notes.md", "## Collections\nA collection is a logical container of vectors.\n")).toEqual([]);
  });

  it("stay ours where the section speaks of containers", () => {
    expect(concepts("notes.md", "## 격리\n파이썬 앱을 도커 컨테이너로 띄우면 네임스페이스가 따로 생긴다\n")).toEqual(["python", "docker", "container", "namespace"]);
  });
});

/** 코사인 is the cosine of a similarity before it is Cosign. */
describe("코사인", () => {
  it("is Cosign where the section speaks of images and signing, a cosine elsewhere", () => {
    expect(concepts("notes.md", "## 서명\n컨테이너 이미지를 코사인으로 서명하고 레지스트리에 올린다\n")).toContain("cosign");
    expect(concepts("AI/cosine.md", "## 유사도\n코사인 유사도는 두 벡터의 방향을 비교한다\n")).toEqual([]);
  });
});

/** `elk` is Dutch for "each" (Obsidian's own help is translated into Dutch): the stack is written ELK. */
describe("the ELK stack", () => {
  it("is written in capitals, or as the Elastic Stack", () => {
    expect(concepts("nl/Kluis.md", "## Kluizen\nJe kunt elk van je projecten in een eigen kluis bewaren.\n")).toEqual([]);
    expect(concepts("notes.md", "## Logs\nWe ship the logs to an ELK stack.\n")).toContain("elk-stack");
    expect(concepts("notes.md", "## Logs\nThe Elastic Stack keeps the logs.\n")).toContain("elk-stack");
  });
});
