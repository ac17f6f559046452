import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * A node and a master node are Kubernetes' only where the context speaks of Kubernetes, not of
 * Hadoop, Spark or distributed training, whose clusters have nodes and master nodes too; a master
 * node with nothing around it stays the control plane, as Korean study notes mean it.
 */
describe("nodes and master nodes of other clusters", () => {
  const concepts = (path: string, text: string): string[] => parseNote(path, text).mentions.map((m) => m.conceptId);

  it("are not Kubernetes' in a note on HDFS or a section on PyTorch", () => {
    expect(concepts("Notes/HDFS - Startup.md", "# Startup\nThe master node starts a process on every node.\n")).toEqual([]);
    expect(concepts("notes.md", "## Ranks\nPyTorch reads the master node address from an environment variable.\nEach node runs one process a GPU.\n")).toEqual([]);
  });

  it("are not Kubernetes' on a Ray or DeepSpeed cluster, nor is the cluster, even beside autoscaling", () => {
    expect(concepts("notes.md", "## Serving\nRay Serve scales the engine out over a cluster of many nodes.\n- autoscaling built in\n")).toEqual(["autoscaling"]);
    expect(concepts("notes.md", "## Setup\nWe create a multi-node DeepSpeed cluster; when one node goes down, every node restarts.\n")).toEqual([]);
  });

  it("are not Kubernetes' in an Elasticsearch cluster or beside shards", () => {
    expect(concepts("notes.md", "## 클러스터 상태\nElasticsearch 클러스터의 마스터 노드가 바뀌었다\n")).toEqual(["elasticsearch"]);
    expect(concepts("notes.md", "## 상태\n프라이머리 샤드와 레플리카 샤드가 모두 각 노드에 배치되어 있다\n")).toEqual([]);
    expect(concepts("notes.md", "## Sharding\nOnly shard when a single node cannot take the writes.\n")).toEqual([]);
  });

  it("are not Kubernetes' beside a database's or a broker's replicas", () => {
    expect(concepts("notes.md", "## Replication\nWrites go to one node; the replicas catch up a few ms behind.\n")).toEqual([]);
    expect(concepts("notes.md", "## Durability\nEach queue has replicas on all nodes of the cluster.\n")).toEqual([]);
    // Korean notes say 레플리카 of pods: still Kubernetes there.
    expect(concepts("notes.md", "## 스케일\n레플리카 수를 늘리면 노드마다 파드가 더 뜬다\n")).toEqual(expect.arrayContaining(["kubernetes-node"]));
  });

  it("are a build server's in a note on Jenkins", () => {
    expect(concepts("jenkins/README.md", "### seed job\n빌드는 마스터 노드에서만 돌게 설정한다\n")).toEqual([]);
  });

  it("stay Kubernetes' where the note speaks of it, or where nothing speaks of another cluster", () => {
    expect(concepts("Notes/HDFS on Kubernetes.md", "# Pods\nThe namenode pod is pinned to one node.\n")).toContain("kubernetes-node");
    expect(concepts("notes.md", "마스터 노드 세 대로 구성했다\n")).toEqual(["control-plane"]);
    expect(concepts("notes.md", "마스터 노드에서 kubeadm init 을 실행했다\n")).toEqual(["control-plane", "kubeadm"]);
    expect(concepts("notes.md", "## Autoscaling\nThe cluster autoscaler adds a node when pods stay pending.\n")).toEqual(expect.arrayContaining(["kubernetes-node"]));
  });
});
