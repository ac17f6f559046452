import type { QueueEntry } from "./dashboard-model";

/**
 * Why a note waits in the review queue. Every entry lists its reasons, so a view can show one
 * kind of loose end at a time (the plugin's filter, the CLI's `--reason`) without a rebuild.
 */
export type QueueReason = "open" | "unsure" | "empty-fields" | "missing-links";

/** In the order the queue weighs them. */
export const QUEUE_REASONS: readonly QueueReason[] = ["open", "unsure", "empty-fields", "missing-links"];

export function isQueueReason(text: string): text is QueueReason {
  return (QUEUE_REASONS as readonly string[]).includes(text);
}

/** The reasons of an entry, from its counts. */
export function reasonsOf(entry: Pick<QueueEntry, "open" | "unsure" | "emptyFields" | "missingLinks">): QueueReason[] {
  const reasons: QueueReason[] = [];
  if (entry.open > 0) reasons.push("open");
  if (entry.unsure > 0) reasons.push("unsure");
  if (entry.emptyFields.length > 0) reasons.push("empty-fields");
  if (entry.missingLinks.length > 0) reasons.push("missing-links");
  return reasons;
}

/** The entries with at least one of `reasons`, in their order. */
export function queueWith(queue: readonly QueueEntry[], reasons: ReadonlySet<QueueReason>): QueueEntry[] {
  return queue.filter((entry) => entry.reasons.some((reason) => reasons.has(reason)));
}
