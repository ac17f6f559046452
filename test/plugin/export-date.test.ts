// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type Harness } from "./plugin-harness";

/** The exported dashboard says the day it was written, as the learner's clock tells it. */
let harness: Harness | undefined;
const zone = process.env.TZ;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const dateIn = (timeZone: string): string => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

describe("Export the dashboard to a note", () => {
  // UTC+14 and UTC−11 are a day apart from UTC for most of each day: a UTC stamp fails one of them.
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago"])("stamps the local date in %s, not UTC's", async (tz) => {
    process.env.TZ = tz; // Node reads a changed TZ at once
    harness = await loadPlugin();
    const before = dateIn(tz);
    await harness.app.runCommand("linked-devops-notes:export-dashboard");
    await harness.settle();
    const stamped = /Written by Linked DevOps Notes on (\d{4}-\d{2}-\d{2})\./.exec(readFileSync(join(harness.root, "DevOps dashboard.md"), "utf8"))?.[1];
    expect([before, dateIn(tz)]).toContain(stamped);
  });
});
