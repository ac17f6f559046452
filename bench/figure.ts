import type { VaultIndex } from "../src/engine/index/vault-index";
import type { GeneratedVault } from "./vault-generator";

/** Milliseconds, megabytes, or a share in percent (hit rates). */
export type Unit = "ms" | "MB" | "%";

/** One line of the bench table: a figure, the reference it is read against, and its target. */
export interface FigureRow {
  /** Notes in the vault the figure was measured on. */
  notes: number;
  figure: string;
  value: number;
  unit: Unit;
  /** Measured in the same run; `value: null` when the reference could not be measured. */
  reference?: { label: string; value: number | null; unit: Unit; note?: string };
  /** `value / reference.value`, when both are known. */
  ratio?: number;
  target?: { text: string; pass: boolean };
  /** How the value was made up, or why it was skipped. */
  detail?: string;
}

/** What a figure is measured with: the vault on disk and the index built from it. */
export interface FigureContext {
  vault: GeneratedVault;
  index: VaultIndex;
  /** Every figure with a target at "10k notes" is judged at this size. */
  targetSize: number;
}

export function ratioOf(value: number, reference: number | null | undefined): number | undefined {
  return reference === null || reference === undefined || reference === 0 ? undefined : value / reference;
}
