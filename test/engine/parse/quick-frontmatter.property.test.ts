import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateFrontmatter, type FrontmatterBlock, type FrontmatterReading } from "../../../src/engine/markdown/frontmatter";
import { readTagsAndAliases } from "../../../src/engine/parse/quick-frontmatter";
import { readYamlFrontmatter } from "../../../src/engine/parse/yaml-frontmatter";

/**
 * The index reads tags and aliases by hand from frontmatter in the plain shape most vaults
 * write, and everything else with YAML. Whatever the block, it must give the tags, aliases and
 * warning YAML gives: checked on blocks drawn from plain lines and their traps (quotes,
 * comments, numbers and dates as tags, duplicate keys, nested maps, broken syntax).
 */

const WANTED = ["tags", "tag", "aliases", "alias"];

function wanted(reading: FrontmatterReading): unknown {
  const data = reading.data;
  return { warning: reading.warning, values: data === null ? null : Object.fromEntries(WANTED.filter((k) => k in data).map((k) => [k, data[k]])) };
}

function block(yaml: string): FrontmatterBlock {
  const found = locateFrontmatter(`---\n${yaml}---\n본문\n`);
  if (!found) throw new Error("no block");
  return found;
}

const word = fc.constantFrom("docker", "도커", "til", "기획안", "스터디 노트", "k8s/pod", "C#", "ci-cd", "plugins/dataview", "a b c", "x:y", "_draft");
const trap = fc.constantFrom("2024", "2024-03-02", "1e3", "0x1A", ".5", "true", "False", "yes", "no", "null", "~", "'quoted'", '"dq"', "*alias", "&anchor x", "!tag x", "a # comment", "a: b", "|", ">", "[nested]", "{a: 1}", "-", "- x", "", " lead", "trail ", "x,y", "%", "@x", "`x`", "a, b", '"1.10.0"', "'정리'", "''", "'it''s'", '"back\\slash"', '"unclosed', '"a" b', "'a' # c", '"a # b"', '"x: y"');
const scalar = fc.oneof({ weight: 4, arbitrary: word }, { weight: 2, arbitrary: trap });
const key = fc.constantFrom("tags", "Tags", "tags ", "tag", "aliases", "Aliases", "alias", "publish", "title", "created", "cssclasses", "permalink", "date created", "__proto__", "- item", "a.b", "", "1", "01", "0x1", "true", "True", "null", "Null", "2024-03-02");
const value = fc.oneof(
  scalar.map((s) => ` ${s}`),
  fc.array(scalar, { maxLength: 4 }).map((items) => ` [${items.join(", ")}]`),
  fc.tuple(fc.constantFrom("", "  ", " "), fc.array(scalar, { maxLength: 4 })).map(([indent, items]) => items.map((item) => `\n${indent}- ${item}`).join("")),
  fc.constant(""),
  fc.constantFrom(" [unclosed", "\n  nested: map", ":", "\n\n", " # only a comment", "\tx"),
  // Items left empty, as publishing templates write them, and what may follow one.
  fc.constantFrom("\n-", "\n- ", "\n- \n- x", "\n-\n  x", "\n- \n  - y", "\n  -\n  - 도커", "\n-\t", "\n- \n-x"),
);
const yaml = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((lines) => lines.map(([k, v]) => `${k}:${v}\n`).join(""));

describe("tags and aliases read by hand", () => {
  it("are YAML's, warning included, whatever the block", () => {
    fc.assert(
      fc.property(yaml, (text) => {
        const b = block(text);
        expect(wanted(readTagsAndAliases(b))).toEqual(wanted(readYamlFrontmatter(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['title: "back\\slash"\ntags: [a]\n', "title: 'it''s'\ntags: [a]\n", 'aliases: "a" b\n', "tags:\n- \n  - nested\n"])("leave %j to YAML, which warns or reads more", (text) => {
    expect(wanted(readTagsAndAliases(block(text)))).toEqual(wanted(readYamlFrontmatter(block(text))));
  });

  it.each([
    ["tags : [기획안]\n", { tags: ["기획안"] }],
    ["tags: [devops, til]\n", { tags: ["devops", "til"] }],
    ["tags: [study]\naliases: [스터디 노트]\ncreated: 2024-03-02\n", { tags: ["study"], aliases: ["스터디 노트"] }],
    ["title: 정리\ntags:\n  - docker\n  - 실습\n", { tags: ["docker", "실습"] }],
    ["publish: true\naliases:\n- Daily notes\ntags:\n- plugin\n", { aliases: ["Daily notes"], tags: ["plugin"] }],
    ["Tags: [a]\ntags: [b]\n", { tags: ["a"] }],
    ["tags:\naliases: x\n", { tags: null, aliases: "x" }],
    ["aliases:\n- \ntags: \n- seedling\npublish: true\n", { aliases: [null], tags: ["seedling"] }],
    ["aliases:\n-\ntags:\n- \n- MOC\n", { aliases: [null], tags: [null, "MOC"] }],
    ['tags:\n  - desktop\ndate: 2025-10-01\ntitle: "1.10.0"\ndescription: Notes, links, and more\n', { tags: ["desktop"] }],
    ["tags: 'til'\naliases: \"도커 정리\"\n", { tags: "til", aliases: "도커 정리" }],
  ])("reads the plain shape %j by hand, as YAML reads it", (text, expected) => {
    expect(readTagsAndAliases(block(text)).data).toEqual(expected);
    expect(wanted(readYamlFrontmatter(block(text)))).toEqual({ warning: undefined, values: expected });
  });
});
