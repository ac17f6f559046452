import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

const concepts = (text: string): string[] => parseNote("notes.md", text).mentions.map((m) => m.conceptId);

/**
 * Cloud writing says `workload` of anything that runs and `X as a Service` of any offering, and
 * a plugin, a web app or a build has its manifest: none speaks of Kubernetes, so the services,
 * nodes and images around them stay generic words.
 */
describe("workloads and offerings", () => {
  it("are no evidence of Kubernetes in English", () => {
    expect(concepts("## Landing zone\n- shared foundational services for workloads and applications\n")).toEqual([]);
    expect(concepts("## Placement\n- memory pages move to the node of the workload that uses them\n")).toEqual([]);
  });

  it("leave a Korean 워크로드 and Kubernetes' own words as they were", () => {
    expect(concepts("## 배치\n워크로드를 노드에 나눠 올린다\n")).toEqual(["kubernetes-node"]);
    expect(concepts("## Scheduling\nkubectl drain moves every workload off the node\n")).toContain("kubernetes-node");
  });

  it("take no Service of ours out of a kind of offering, in the capitals it is written with", () => {
    expect(concepts("## Hosting\nFirebase is a Backend as a Service; our kubectl scripts never touch it.\n")).not.toContain("kubernetes-service");
    expect(concepts("## Compute\n- Functions-as-a-Service next to the Kubernetes cluster\n")).not.toContain("kubernetes-service");
    expect(concepts("## Exposing\n4. kubectl expose the pods as a service\n")).toContain("kubernetes-service");
  });

  it("read no manifest as Kubernetes' in English, but a Korean 매니페스트 and a manifest's own lines still", () => {
    expect(concepts("## Plugins\n- an image viewer; its manifest.json lists the minimum app version\n")).toEqual([]);
    expect(concepts("## Publishing\nThe tool generates a deployment manifest for the service defaults.\n")).not.toContain("kubernetes-service");
    expect(concepts("## 배포\n매니페스트에 이미지 태그를 적는다\n")).toContain("container-image");
    expect(concepts("## Rollout\nApply the manifest below to update the image.\n\n```yaml\napiVersion: apps/v1\nkind: Deployment\n```\n")).toContain("container-image");
  });
});
