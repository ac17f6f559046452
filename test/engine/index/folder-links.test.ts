import { describe, expect, it } from "vitest";
import { FolderSet, leadsToFolder } from "../../../src/engine/index/folder-links";

describe("folders of the vault, for links written to a folder", () => {
  it("knows a folder while a file lies under it, at any depth and in any case", () => {
    const folders = new FolderSet();
    // Added as the link resolver keys files: normalised, in lower case.
    folders.add("study/k8s/day1/readme.md");
    folders.add("study/notes.md");
    expect(["Study", "study/K8S", "Study/k8s/day1"].map((path) => folders.has(path))).toEqual([true, true, true]);
    expect(folders.has("Study/k8s/day1/README.md")).toBe(false);
    folders.remove("study/k8s/day1/readme.md");
    expect(["Study", "Study/k8s", "Study/k8s/day1"].map((path) => folders.has(path))).toEqual([true, false, false]);
  });

  it("reads a link as a folder's only when written as one: a slash at its end, or relative", () => {
    const isFolder = (path: string): boolean => ["Study", "Study/k8s", "Study/k8s/day1"].includes(path);
    const from = "Study/k8s/목차.md";
    expect(leadsToFolder("./day1/", from, isFolder)).toBe(true);
    expect(leadsToFolder("day1/", from, isFolder)).toBe(true); // beside the note
    expect(leadsToFolder("Study/", from, isFolder)).toBe(true); // from the root
    expect(leadsToFolder("..", from, isFolder)).toBe(true);
    expect(leadsToFolder("../../", from, isFolder)).toBe(true); // the vault's root
    expect(leadsToFolder("../../../", from, isFolder)).toBe(false); // above it
    expect(leadsToFolder("day1", from, isFolder)).toBe(false); // a bare name is a note to write
    expect(leadsToFolder("./day2/", from, isFolder)).toBe(false);
  });
});
