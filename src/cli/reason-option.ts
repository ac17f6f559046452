import { isQueueReason, QUEUE_REASONS, type QueueReason } from "../engine/dashboard/queue-reasons";
import { stringOption, UsageError, type OptionSpecs, type OptionValues } from "./cli-command";

/** `--reason missing-links,open`: the review queue narrowed to notes waiting for those reasons. */
export const REASON_OPTION: OptionSpecs = {
  reason: { type: "string", value: "LIST", help: `only review-queue notes waiting for one of these reasons (comma-separated: ${QUEUE_REASONS.join(", ")})` },
};

/** The reasons asked for, or undefined for all; a reason the queue does not know is a usage error. */
export function queueReasons(options: OptionValues): Set<QueueReason> | undefined {
  const text = stringOption(options, "reason");
  if (text === undefined) return undefined;
  const reasons = new Set<QueueReason>();
  for (const part of text.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    if (!isQueueReason(part)) throw new UsageError(`--reason ${JSON.stringify(part)} is not one of ${QUEUE_REASONS.join(", ")}`);
    reasons.add(part);
  }
  if (reasons.size === 0) throw new UsageError(`--reason needs at least one of ${QUEUE_REASONS.join(", ")}`);
  return reasons;
}
