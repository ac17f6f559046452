import { describe, expect, it } from "vitest";
import { buildDashboard } from "../../../src/engine/dashboard/build-dashboard";
import { conceptTablePage } from "../../../src/engine/dashboard/concept-table";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { studyVault } from "../../vaults/subject-folders-vault";

const model = buildDashboard(VaultIndex.build(Object.entries(studyVault())));
const rows = model.concepts;

describe("the concept table", () => {
  it("lists every mentioned concept across its pages, none twice", () => {
    expect(rows.length).toBeGreaterThan(30);
    const first = conceptTablePage(rows, { pageSize: 20 });
    expect(first).toMatchObject({ total: rows.length, page: 0, pages: Math.ceil(rows.length / 20), from: 1, to: 20 });
    const seen = Array.from({ length: first.pages }, (_, page) => conceptTablePage(rows, { pageSize: 20, page }).rows.map((r) => r.id)).flat();
    expect(seen).toHaveLength(rows.length);
    expect(new Set(seen)).toEqual(new Set(rows.map((r) => r.id)));
    const last = conceptTablePage(rows, { pageSize: 20, page: 99 });
    expect(last.page).toBe(first.pages - 1);
    expect(last.to).toBe(rows.length);
  });

  it("sorts by any column, numbers largest first unless told, names A to Z", () => {
    const byNotes = conceptTablePage(rows, { sort: "notes", pageSize: 500 }).rows.map((r) => r.notes);
    expect(byNotes).toEqual([...byNotes].sort((a, b) => b - a));
    const fewest = conceptTablePage(rows, { sort: "unlinked", descending: false, pageSize: 500 }).rows.map((r) => r.unlinkedNotes);
    expect(fewest).toEqual([...fewest].sort((a, b) => a - b));
    const names = conceptTablePage(rows, { sort: "name", pageSize: 500 }).rows.map((r) => r.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("filters by any name, Korean or English, and by having no note", () => {
    expect(conceptTablePage(rows, { filter: "쿠버" }).rows.map((r) => r.id)).toContain("kubernetes");
    expect(conceptTablePage(rows, { filter: "KUBER" }).rows.map((r) => r.id)).toContain("kubernetes");
    // Ingress, and the Ingress-NGINX controller whose Korean name starts the same.
    expect(conceptTablePage(rows, { filter: "인그레스" }).rows.map((r) => r.id)).toEqual(["ingress", "ingress-nginx"]);
    const withoutNote = conceptTablePage(rows, { withoutNote: true, pageSize: 500 });
    expect(withoutNote.rows.every((r) => r.conceptNote === undefined)).toBe(true);
    expect(withoutNote.total).toBe(rows.filter((r) => !r.conceptNote).length);
    expect(conceptTablePage(rows, { filter: "없는개념" })).toMatchObject({ rows: [], total: 0, from: 0, to: 0, pages: 1 });
  });
});
