import { describe, expect, it } from "vitest";
import { builtinMatcher } from "../../../src/engine/concepts/builtin-concepts";
import { domainMask } from "../../../src/engine/concepts/domain-mask";
import { readMarkdown } from "../../../src/engine/markdown/read-markdown";
import { commandEvidence } from "../../../src/engine/parse/command-evidence";
import { parseNote } from "../../../src/engine/parse/parse-note";

const matcher = builtinMatcher();
/** The code each piece of command evidence spans, with its domains. */
function pieces(text: string): Array<[string, number]> {
  const outside = commandEvidence(text, readMarkdown(text).inline.spans, matcher);
  return outside.ends.map((end, i) => [text.slice(outside.starts[i] as number, end), outside.masks[i] as number]);
}
const concepts = (text: string): string[] => parseNote("notes.md", text).mentions.map((m) => m.conceptId);

describe("the commands that open a note's code", () => {
  it("are evidence of their tool's domains: an inline span, a line of a code block, after a prompt or sudo", () => {
    const kubernetes = domainMask(matcher.concepts.get("kubectl")?.domains ?? []);
    const container = domainMask(matcher.concepts.get("docker")?.domains ?? []);
    expect(kubernetes).not.toBe(0);
    expect(pieces("끝나면 `kubectl delete ns demo` 로 지운다\n")).toEqual([["`kubectl delete ns demo`", kubernetes]]);
    expect(pieces("```bash\n$ docker volume ls\nsudo docker ps\n```\n")).toEqual([["$ docker volume ls", container], ["sudo docker ps", container]]);
  });

  it("are only a whole name at the start with arguments after it, as the matcher reads names, and never a fence's language", () => {
    expect(pieces("```yaml\nkind: Deployment\n```\n")).toEqual([]);
    expect(pieces("`cd /etc` then `ls`\n")).toEqual([]);
    expect(pieces("`helm_charts/airflow/values.yaml` and `dockerd-rootless`\n")).toEqual([]);
    expect(pieces("`echo docker`\n")).toEqual([]);
    expect(pieces("| `k8s-nodes` | INGRESS | `kubectl` |\n")).toEqual([]);
  });

  it("take a manifest's apiVersion line for Kubernetes, and the words of its section with it", () => {
    const kubernetes = domainMask(["kubernetes"]);
    expect(pieces("```yaml\napiVersion: batch/v1\nkind: Job\n```\n")).toEqual([["apiVersion: batch/v1", kubernetes]]);
    expect(concepts("## How to Create a Job\n```yaml\napiVersion: batch/v1\nkind: Job\n```\n")).toContain("kubernetes-job");
    expect(concepts("## How to Create a Job\n```yaml\nname: nightly\n```\n")).not.toContain("kubernetes-job");
  });

  it("read the words of their section: a Korean namespace beside kubectl, a volume under docker commands", () => {
    expect(concepts("## 정리\n- 끝나면 `kubectl delete ns <name>` 으로 네임스페이스를 통째로 지운다\n")).toContain("kubernetes-namespace");
    expect(concepts("## 볼륨 확인\n```bash\ndocker volume inspect data\n```\n")).toContain("docker-volume");
    expect(concepts("## 볼륨 확인\n```bash\nls /data\n```\n")).not.toContain("docker-volume");
  });
});
