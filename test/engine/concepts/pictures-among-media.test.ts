import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * An image named beside videos, PDFs, audio, banners, a gallery or embeds is a picture: Obsidian's
 * own vaults list plugins for them in sections and folders called workflows, which speak of
 * CI/CD as far as the reading of `image` goes. An image named beside AMIs is a machine's.
 */
describe("images among other media", () => {
  const concepts = (path: string, text: string): string[] => parseNote(path, text).mentions.map((m) => m.conceptId);

  it("are pictures, even under a heading or a folder of workflows", () => {
    expect(concepts("notes.md", "## Plugins for better workflows\n- Image Toolkit: open images, videos and PDFs side by side\n")).toEqual([]);
    expect(concepts("Guides, Workflows & Courses/Plugins.md", "- Banners: add banner images to the top of a note\n")).toEqual([]);
    expect(concepts("notes.md", "## Workflow\n- a gallery of every image in the vault\n")).toEqual([]);
  });

  it("leave the images a pipeline builds as container images", () => {
    expect(concepts("notes.md", "## Workflow\nThe pipeline builds the image and pushes it.\n")).toContain("container-image");
  });

  it("leave a machine's images to the machine: beside AMIs, a pipeline's images are no container images", () => {
    const lineTwo = parseNote("notes.md", "## Image Builder pipelines\nStandard images maintained by AWS, as AMIs\n").mentions.filter((m) => m.line === 2);
    expect(lineTwo.map((m) => m.conceptId)).toEqual(["aws", "ami"]);
  });
});
