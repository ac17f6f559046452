import { describe, expect, it } from "vitest";
import { forEachWord, hashOf, wordHashesOf } from "../../../src/engine/terms/words";
import { DIFFERENT_KEYS, NO_KEY, SAME_KEY } from "./words.cases";

function keysOf(text: string): string[] {
  const keys: string[] = [];
  forEachWord(text, (key) => keys.push(key));
  return keys;
}

describe("answer words", () => {
  it.each(SAME_KEY)("meet: $name", ({ words }) => {
    const keys = words.map((word) => keysOf(word));
    for (const key of keys) expect(key).toEqual(keys[0]);
    expect(keys[0]).toHaveLength(1);
  });

  it.each(DIFFERENT_KEYS)("stay apart: $name", ({ words: [a, b] }) => {
    expect(keysOf(a)).not.toEqual(keysOf(b));
  });

  it("drop words that say nothing", () => {
    for (const word of NO_KEY) expect(keysOf(word)).toEqual([]);
  });

  it("cut where the script changes, not inside Korean words", () => {
    expect(keysOf("Docker를 k8s에서")).toEqual([...keysOf("docker"), ...keysOf("k8s")]);
    expect(keysOf("도커컴포즈를")).toEqual(keysOf("도커컴포즈"));
  });

  it("hash words the same way whether read with their text or without it", () => {
    const text = "라우팅 테이블은 Routes와 Caching을 정리한다. 재시작되면?";
    const fromKeys: number[] = [];
    forEachWord(text, (key) => fromKeys.push(hashOf(key) & 0xffffff));
    const read = (from?: number, to?: number): number[] => {
      const words = wordHashesOf(text, from, to);
      return [...words.hashes.subarray(0, words.count)];
    };
    expect(read()).toEqual(fromKeys);
    // A second read goes through the cache of words already seen: the same hashes.
    expect(read()).toEqual(fromKeys);
    // A part of the text: only the words inside it.
    const from = text.indexOf("Routes");
    const to = text.indexOf("정리");
    const inPart: number[] = [];
    forEachWord(text.slice(from, to), (key) => inPart.push(hashOf(key) & 0xffffff));
    expect(read(from, to)).toEqual(inPart);
    expect(inPart.length).toBe(2);
  });

  it("keep every word of a line longer than the array they start in", () => {
    const text = Array.from({ length: 3000 }, (_, i) => `컨테이너${i % 7}번 routing${i}`).join("   ");
    const fromKeys: number[] = [];
    forEachWord(text, (key) => fromKeys.push(hashOf(key) & 0xffffff));
    const words = wordHashesOf(text);
    expect(fromKeys.length).toBeGreaterThan(4000);
    expect([...words.hashes.subarray(0, words.count)]).toEqual(fromKeys);
  });
});
