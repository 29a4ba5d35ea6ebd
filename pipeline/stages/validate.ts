// Validation stage: every row is checked against its zod schema and the cross-field rules before
// anything is written. Rows that break a rule become rejects; consistency checks become warnings.
import type { z } from "zod";
import { ArticleRow, IndicatorRow } from "../../schemas/columns.js";
import type { ConsistencyWarning, RejectEntry, ValidationReport } from "../../schemas/reports.js";
import { CONSISTENCY_CHECKS } from "../rules/consistency.js";
import { INPUT_RULES } from "../rules/input-rules.js";
import { ROW_RULES } from "../rules/row-rules.js";

export interface ValidationInput {
  articles: readonly ArticleRow[];
  indicators: readonly IndicatorRow[];
  /** Files already rejected before validation (ingest, manifest, duplicates, crashes). */
  rejects: readonly RejectEntry[];
  filesSeen: number;
}

export interface ValidatedRelease {
  articles: ArticleRow[];
  indicators: IndicatorRow[];
  rejects: RejectEntry[];
  report: ValidationReport;
}

type RuleCounts = ValidationReport["rules"];

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const schemaMessage = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`).join("; ");

const rowLabel = (r: IndicatorRow) => `indicator ${r.id} "${r.surface}"`;

const REJECT_RULE_DESCRIPTIONS: Record<string, string> = {
  schema: "the row matches its table's zod schema",
  article_rejected: "indicator rows of an article that failed validation are not published",
};

function countRule(counts: RuleCounts, name: string, kind: "input" | "row" | "consistency", description: string, failed: boolean) {
  const entry = (counts[name] ??= { kind, description, checked: 0, passed: 0, rejected: 0, warned: 0 });
  entry.checked++;
  if (!failed) entry.passed++;
  else if (kind === "consistency") entry.warned++;
  else entry.rejected++;
}

export function validateRelease(input: ValidationInput): ValidatedRelease {
  const rules: RuleCounts = {};
  const rejects: RejectEntry[] = [...input.rejects];
  for (const r of input.rejects) countRule(rules, r.rule, "input", INPUT_RULES[r.rule] ?? r.rule, true);
  // Every file seen went through the input rules; the ones above are those it failed.
  for (const entry of Object.values(rules)) {
    entry.passed = Math.max(0, input.filesSeen - entry.rejected);
    entry.checked = entry.passed + entry.rejected;
  }

  const passedIndicators: IndicatorRow[] = [];
  for (const candidate of input.indicators) {
    const parsed = IndicatorRow.safeParse(candidate);
    countRule(rules, "schema", "row", REJECT_RULE_DESCRIPTIONS.schema, !parsed.success);
    if (!parsed.success) {
      rejects.push({ source_file: candidate.source_file, stage: "validate", rule: "schema", message: `${rowLabel(candidate)}: ${schemaMessage(parsed.error)}`, duplicate_of: null, row: { ...candidate } });
      continue;
    }
    const failures = ROW_RULES.map((rule) => {
      const reason = rule.check(parsed.data);
      countRule(rules, rule.name, "row", rule.description, reason !== null);
      return reason === null ? null : { rule: rule.name, reason };
    }).filter((f) => f !== null);
    if (failures.length === 0) passedIndicators.push(parsed.data);
    else for (const f of failures) rejects.push({ source_file: candidate.source_file, stage: "validate", rule: f.rule, message: `${rowLabel(candidate)}: ${f.reason}`, duplicate_of: null, row: { ...candidate } });
  }

  const indicatorsByArticle = groupBy(passedIndicators, (r) => r.article_id);
  const articles: ArticleRow[] = [];
  const rejectedArticles = new Set<string>();
  for (const candidate of input.articles) {
    const withCount = { ...candidate, indicator_count: indicatorsByArticle.get(candidate.id)?.length ?? 0 };
    const parsed = ArticleRow.safeParse(withCount);
    countRule(rules, "schema", "row", REJECT_RULE_DESCRIPTIONS.schema, !parsed.success);
    if (parsed.success) articles.push(parsed.data);
    else {
      rejectedArticles.add(candidate.id);
      rejects.push({ source_file: candidate.source_file, stage: "validate", rule: "schema", message: `article ${candidate.id}: ${schemaMessage(parsed.error)}`, duplicate_of: null, row: { ...withCount, text: `${withCount.text.slice(0, 200)}…` } });
    }
  }

  const indicators: IndicatorRow[] = [];
  for (const row of passedIndicators) {
    const orphan = rejectedArticles.has(row.article_id);
    if (!orphan) indicators.push(row);
    else {
      countRule(rules, "article_rejected", "row", REJECT_RULE_DESCRIPTIONS.article_rejected, true);
      rejects.push({ source_file: row.source_file, stage: "validate", rule: "article_rejected", message: `${rowLabel(row)}: its article failed validation`, duplicate_of: null, row: { ...row } });
    }
  }

  const warnings: ConsistencyWarning[] = [];
  for (const rows of groupBy(indicators, (r) => r.article_id).values()) {
    for (const check of CONSISTENCY_CHECKS) {
      const found = check.check(rows);
      countRule(rules, check.name, "consistency", check.description, found.length > 0);
      warnings.push(...found);
    }
  }

  const rejectedRows = (pred: (r: RejectEntry) => boolean) => rejects.filter((r) => r.stage === "validate" && pred(r)).length;
  const indicatorRejects = new Set(rejects.filter((r) => r.stage === "validate" && r.row && "surface" in r.row).map((r) => r.row!.id as string)).size;
  const report: ValidationReport = {
    files: { seen: input.filesSeen, published: articles.length, rejected: input.filesSeen - articles.length },
    rows: {
      articles: { checked: input.articles.length, passed: articles.length, rejected: rejectedRows((r) => !!r.row && !("surface" in r.row)) },
      indicators: { checked: input.indicators.length, passed: indicators.length, rejected: indicatorRejects },
    },
    warnings: warnings.length,
    rules: Object.fromEntries(Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    consistency_warnings: warnings,
  };
  return { articles, indicators, rejects, report };
}
