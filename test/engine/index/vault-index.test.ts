import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { compareText } from "../../../src/engine/text/compare-text";

const build = (notes: Record<string, string>): VaultIndex => VaultIndex.build(Object.entries(notes));

describe("VaultIndex links", () => {
  it("resolves links by name anywhere in the vault, by path, without case or .md", () => {
    const index = build({ "Concepts/Docker.md": "", "a.md": "[[Docker]] [[concepts/docker]] [[DOCKER.md]]" });
    expect(index.resolve("Docker", "a.md")).toBe("Concepts/Docker.md");
    expect([...index.backlinks("Concepts/Docker.md")]).toEqual([["a.md", 3]]);
  });

  it("prefers the note in the linking note's folder when two share a name", () => {
    const index = build({ "x/Note.md": "", "y/Note.md": "", "y/from.md": "[[Note]]", "top.md": "[[Note]]" });
    expect(index.resolve("Note", "y/from.md")).toBe("y/Note.md");
    expect(index.backlinks("y/Note.md").has("y/from.md")).toBe(true);
    expect(index.backlinks("x/Note.md").has("y/from.md")).toBe(false);
  });

  it("leaves self-links out of backlinks", () => {
    const index = build({ "a.md": "[[a]] [[b]]", "b.md": "" });
    expect(index.backlinks("a.md").size).toBe(0);
    expect([...index.backlinks("b.md").keys()]).toEqual(["a.md"]);
  });

  it("turns a link unresolved when its note is deleted, and resolved when it is created", () => {
    const index = build({ "a.md": "[[b]]", "b.md": "" });
    expect(index.unresolvedLinks()).toEqual([]);
    index.remove("b.md");
    expect(index.unresolvedLinks().map((u) => [u.target, [...u.sources.keys()]])).toEqual([["b", ["a.md"]]]);
    index.upsert("b.md", "new");
    expect(index.unresolvedLinks()).toEqual([]);
    expect([...index.backlinks("b.md").keys()]).toEqual(["a.md"]);
  });

  it("moves backlinks with a rename: links by the old name become unresolved", () => {
    const index = build({ "a.md": "[[b]]", "b.md": "[[a]]" });
    index.rename("b.md", "c.md");
    expect(index.backlinks("c.md").size).toBe(0);
    expect([...index.backlinks("a.md").keys()]).toEqual(["c.md"]);
    expect(index.unresolvedLinksOf("a.md")).toEqual(["b"]);
  });

  it("judges no link to an attachment while it knows only the notes", () => {
    const index = build({ "a.md": "[[diagram.png]] [[missing note]] ![[Board.base]]" });
    expect(index.unresolvedLinksOf("a.md")).toEqual(["missing note"]);
  });

  it("once told the vault's files, resolves links and embeds to any of them, and reports the rest with their lines", () => {
    const index = build({ "notes/a.md": "# 그림\n![[diagram.png]] [[Board.base]]\n![[Pic.heic]] [PDF](<../docs/AWS 가이드.pdf>)\n[[missing note]]", "b.md": "![[Pic.heic]]" });
    index.addFiles(["img/diagram.png", "Board.base", "docs/AWS 가이드.pdf", "notes/a.md"]);
    expect(index.missingLinksOf("notes/a.md")).toEqual([
      { target: "Pic.heic", line: 3 },
      { target: "missing note", line: 4 },
    ]);
    expect(index.backlinks("img/diagram.png")).toEqual(new Map([["notes/a.md", 1]]));
    expect(index.unresolvedLinks().map((u) => [u.target, u.locations])).toEqual([
      ["missing note", [{ path: "notes/a.md", line: 4 }]],
      ["Pic.heic", [{ path: "b.md", line: 1 }, { path: "notes/a.md", line: 3 }]],
    ]);
    index.addFiles(["Attachments/Pic.heic"]);
    expect(index.unresolvedLinks().map((u) => u.target)).toEqual(["missing note"]);
    index.removeFile("Attachments/Pic.heic");
    expect(index.missingLinksOf("b.md")).toEqual([{ target: "Pic.heic", line: 1 }]);
  });

  it("resolves relative markdown links from the linking note's folder, and follows a rename of the target", () => {
    const index = build({ "week1/day1/notes.md": "[day2](../day2/README.md) [MOC](./GCP/GCP_MOC.md)", "week1/day2/README.md": "", "week1/day1/GCP/GCP_MOC.md": "", "README.md": "" });
    expect(index.unresolvedLinks()).toEqual([]);
    expect(index.backlinks("week1/day2/README.md")).toEqual(new Map([["week1/day1/notes.md", 1]]));
    expect(index.backlinks("README.md").size).toBe(0);
    index.rename("week1/day2/README.md", "week1/day3/README.md");
    expect(index.missingLinksOf("week1/day1/notes.md")).toEqual([{ target: "../day2/README.md", line: 1 }]);
  });
});

describe("VaultIndex with the host's resolver", () => {
  it("asks the host where links lead (as the plugin asks metadataCache.getFirstLinkpathDest), not its own files", () => {
    const asked: Array<[string, string]> = [];
    const host = new Map([["Board.base", "bases/Board.base"], ["b", "b.md"]]);
    const resolver = {
      resolve(linkpath: string, sourcePath: string): string | undefined {
        asked.push([linkpath, sourcePath]);
        return host.get(linkpath);
      },
    };
    const index = VaultIndex.build([["a.md", "[[b]] ![[Board.base]] [[nowhere]] ![[pic.png]]"], ["b.md", ""]], {}, { resolver });
    expect(index.missingLinksOf("a.md")).toEqual([
      { target: "nowhere", line: 1 },
      { target: "pic.png", line: 1 },
    ]);
    expect(index.backlinks("bases/Board.base")).toEqual(new Map([["a.md", 1]]));
    expect(asked).toContainEqual(["Board.base", "a.md"]);
    const before = index.version;
    host.set("pic.png", "pic.png");
    index.resolutionChanged();
    expect(index.version).toBeGreaterThan(before);
    expect(index.unresolvedLinksOf("a.md")).toEqual(["nowhere"]);
  });
});

describe("VaultIndex concepts", () => {
  it("counts prose mentions per note and marks a concept linked when the note links its note", () => {
    const index = build({
      "Docker.md": "---\ntags: [concept]\naliases: [도커]\n---\n컨테이너 플랫폼",
      "a.md": "[[Docker|도커]]는 도커다. 쿠버네티스도 있다.",
      "b.md": "도커 도커",
    });
    const a = index.note("a.md")?.concepts;
    expect(a?.find((c) => c.conceptId === "docker")).toMatchObject({ count: 2, linked: true });
    expect(a?.find((c) => c.conceptId === "kubernetes")).toMatchObject({ count: 1, linked: false });
    expect(index.note("b.md")?.concepts).toEqual([{ conceptId: "docker", count: 2, linked: false, lines: [1, 1] }]);
    expect([...index.notesMentioning("docker")].sort()).toEqual([["a.md", 2], ["b.md", 2]]);
    expect(index.conceptNote("docker")).toBe("Docker.md");
  });

  it("lets a note tagged concept add a concept the glossary lacks, and marks the other notes stale", () => {
    const index = new VaultIndex();
    index.upsert("meeting.md", "아르고 롤아웃으로 카나리 배포를 한다");
    expect(index.note("meeting.md")?.concepts.map((c) => c.conceptId)).toEqual(["canary-deployment"]);
    index.upsert("Argo Rollouts.md", "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\nArgo Rollouts는 점진적 배포 도구");
    expect(index.staleNotes()).toEqual(["meeting.md"]);
    index.upsert("meeting.md", "아르고 롤아웃으로 카나리 배포를 한다");
    expect(index.staleNotes()).toEqual([]);
    expect(index.note("meeting.md")?.concepts.map((c) => index.concepts.get(c.conceptId)?.name).sort()).toEqual(["Argo Rollouts", "Canary deployment"]);
    expect(index.note("Argo Rollouts.md")?.concepts.map((c) => c.conceptId)).toEqual(["user:argo-rollouts"]);
  });

  it("merges a concept note named like a built-in concept into it, adding its aliases", () => {
    const index = build({ "Docker.md": "---\ntags: [concept]\naliases: [도커엔진, 닥커]\n---\n", "a.md": "닥커를 쓴다" });
    expect(index.note("a.md")?.concepts.map((c) => c.conceptId)).toEqual(["docker"]);
    expect(index.concepts.get("docker")?.ko).toContain("닥커");
  });

  it("relates concepts mentioned in the same section, and through curated relations", () => {
    const index = build({ "a.md": "# 하나\n도커와 포드맨\n# 둘\n쿠버네티스" });
    const related = index.related("podman");
    expect(related[0]).toMatchObject({ conceptId: "docker", weight: 1, relation: { kind: "alternative-to", direction: "to" } });
    expect(related.find((r) => r.conceptId === "kubernetes")).toBeUndefined();
    index.remove("a.md");
    expect(index.related("podman").find((r) => r.conceptId === "docker")?.weight).toBe(0);
  });

  it("orders related concepts of one weight by the collator's order of their ids, user concepts too", () => {
    const section = "도커, 테라폼, 앤서블, 젠킨스, 프로메테우스, Vercel, Argo Rollouts, Zeta Mesh";
    const index = build({ "a.md": section, "Argo Rollouts.md": "---\ntags: [concept]\n---\n", "Zeta Mesh.md": "---\ntags: [concept]\n---\n" });
    const inCollatorOrder = (related: ReturnType<typeof index.related>): boolean =>
      related.every((r, k) => k === 0 || related[k - 1]!.weight !== r.weight || !!related[k - 1]!.relation !== !!r.relation || compareText(related[k - 1]!.conceptId, r.conceptId) <= 0);
    const related = index.related("docker");
    expect(related.filter((r) => r.weight === 1).map((r) => r.conceptId)).toEqual(expect.arrayContaining(["terraform", "user:argo-rollouts", "user:zeta-mesh"]));
    expect(inCollatorOrder(related)).toBe(true);
    expect(index.related("docker")).toEqual(related);
    // A new concept (a new concept set): its id takes its place among the others.
    index.upsert("Alpha Grid.md", "---\ntags: [concept]\n---\n");
    index.upsert("a.md", `${section}, Alpha Grid`);
    const after = index.related("docker");
    expect(after.map((r) => r.conceptId)).toContain("user:alpha-grid");
    expect(inCollatorOrder(after)).toBe(true);
  });

  it("sorts among related concepts those whose concept notes were removed, until their notes are read again", () => {
    const concept = "---\ntags: [concept]\n---\n";
    const index = build({ "b.md": "Vercel, Zeta Mesh", "c.md": "테라폼, VPC, Alpha Grid", "Zeta Mesh.md": concept, "Alpha Grid.md": concept });
    index.remove("Zeta Mesh.md");
    index.remove("Alpha Grid.md");
    // Each asked in turn: the second meets an id the set no longer holds that the first did not.
    const vercel = index.related("vercel").map((r) => r.conceptId);
    const terraform = index.related("terraform").map((r) => r.conceptId);
    expect(index.concepts.get("user:alpha-grid")).toBeUndefined();
    expect(vercel).toContain("user:zeta-mesh");
    expect(terraform.indexOf("user:alpha-grid")).toBeGreaterThan(-1);
    expect(terraform.indexOf("user:alpha-grid")).toBeLessThan(terraform.indexOf("vpc"));
  });

  it("finds notes by tag, nested tags included", () => {
    const index = build({ "a.md": "#k8s/pod", "b.md": "#k8s", "c.md": "---\ntags: 기획안\n---\n" });
    expect(index.notesTagged("k8s")).toEqual(["a.md", "b.md"]);
    expect(index.notesTagged("#기획안")).toEqual(["c.md"]);
  });
});

describe("VaultIndex.restore", () => {
  it("rebuilds from saved records (as JSON) what a parse of the same notes builds", () => {
    const notes = {
      "Argo Rollouts.md": "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\n",
      "a.md": "아르고 롤아웃과 도커 [[b]] #devops\nQ. 왜?\n-> 카나리",
      "b.md": "[[a]] 쿠버네티스",
    };
    const built = build(notes);
    const saved = JSON.parse(JSON.stringify([...built.notes()])) as Parameters<VaultIndex["restore"]>[0];
    const restored = new VaultIndex();
    restored.restore(saved);
    for (const path of built.paths()) expect(restored.note(path)).toEqual(built.note(path));
    expect([...restored.backlinks("a.md")]).toEqual([...built.backlinks("a.md")]);
    expect(restored.concepts.get("user:argo-rollouts")?.ko).toContain("아르고 롤아웃");
    expect(restored.staleNotes()).toEqual([]);
    // A note edited afterwards is parsed with the restored concepts.
    restored.upsert("b.md", "아르고 롤아웃");
    expect(restored.note("b.md")?.concepts.map((c) => c.conceptId)).toEqual(["user:argo-rollouts"]);
  });
});
