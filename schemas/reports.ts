// Shapes of the release's reports: what was left out (rejects.json) and how rows fared against
// each rule (validation_report.json).
import { z } from "zod";

export const STAGES = ["manifest", "ingest", "clean", "describe", "extract", "validate", "deduplicate", "process"] as const;

export const RejectEntry = z.strictObject({
  source_file: z.string().min(1),
  stage: z.enum(STAGES),
  rule: z.string().regex(/^[a-z_]+$/),
  message: z.string().min(1),
  /** The published article this file duplicates, for duplicate_article rejects. */
  duplicate_of: z.string().nullable(),
  row: z.record(z.string(), z.unknown()).nullable(),
});
export type RejectEntry = z.infer<typeof RejectEntry>;

export const ConsistencyWarning = z.strictObject({
  source_file: z.string().min(1),
  rule: z.string().regex(/^[a-z_]+$/),
  message: z.string().min(1),
  rows: z.array(z.string()).min(1),
});
export type ConsistencyWarning = z.infer<typeof ConsistencyWarning>;

/**
 * How one rule fared. Input rules are checked on every file seen and reject files; row rules
 * reject rows; consistency checks run once per article and warn.
 */
const RuleCount = z.strictObject({
  kind: z.enum(["input", "row", "consistency"]),
  description: z.string(),
  checked: z.int().min(0),
  passed: z.int().min(0),
  rejected: z.int().min(0),
  warned: z.int().min(0),
});

export const ValidationReport = z.strictObject({
  files: z.strictObject({ seen: z.int().min(0), published: z.int().min(0), rejected: z.int().min(0) }),
  rows: z.record(z.string(), z.strictObject({ checked: z.int().min(0), passed: z.int().min(0), rejected: z.int().min(0) })),
  warnings: z.int().min(0),
  rules: z.record(z.string(), RuleCount),
  consistency_warnings: z.array(ConsistencyWarning),
});
export type ValidationReport = z.infer<typeof ValidationReport>;
