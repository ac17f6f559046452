import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * `control plane` is Kubernetes' where the section speaks of Kubernetes, and in Korean prose;
 * in English it is as often a VPN's, a service mesh's or a video platform's.
 */
describe("the control plane, read by context", () => {
  const concepts = (text: string): string[] => parseNote("notes.md", text).mentions.map((m) => m.conceptId);

  it("is Kubernetes' where the section speaks of Kubernetes", () => {
    expect(concepts("## Architecture\nThe control plane schedules pods onto the nodes.\n")).toContain("control-plane");
    expect(concepts("## Kubernetes\nSome notes.\n\nThe control plane is replicated.\n")).toContain("control-plane");
  });

  it("is Kubernetes' in Korean prose, whichever script names it", () => {
    expect(concepts("컨트롤 플레인은 워커를 관리한다\n")).toEqual(["control-plane"]);
    expect(concepts("Control Plane 구성 요소를 정리했다\n")).toEqual(["control-plane"]);
  });

  it("is no concept of ours in English with nothing about Kubernetes around it", () => {
    expect(concepts("## Coordination\nThe control plane hands out keys to every peer of the VPN.\n")).toEqual(["vpn"]);
    expect(concepts("Metadata lives in the control plane datastore, media elsewhere.\n")).toEqual([]);
  });

  it("is Kubernetes' wherever its full name is written", () => {
    expect(concepts("## Coordination\nUnlike the Kubernetes control plane, this one holds no state.\n")).toContain("control-plane");
    expect(concepts("The k8s control plane was down.\n")).toContain("control-plane");
  });
});
