// The summary `make all` prints: counts of files, rows and rule outcomes, and each reject.
import type { BuiltRelease } from "../build.js";

export function summarizeBuild(built: BuiltRelease, target: string): string {
  const { report, rejects } = built;
  const lines = [
    `release ${built.info.version} (${built.info.date}) written to ${target}`,
    `files: ${report.files.seen} seen, ${report.files.published} published as articles, ${report.files.rejected} rejected`,
    ...Object.entries(report.rows).map(([table, r]) => `${table}: ${r.checked} rows checked, ${r.passed} passed, ${r.rejected} rejected`),
    `consistency warnings: ${report.warnings}`,
    "rules (checked / passed / rejected / warned):",
    ...Object.entries(report.rules).map(([name, r]) =>
      `  ${name.padEnd(26)} ${[r.checked, r.passed, r.rejected, r.warned].map((n) => String(n).padStart(6)).join(" /")}  ${r.description}`),
    ...(rejects.length > 0 ? ["rejects:", ...rejects.map((r) => `  ${r.source_file}: [${r.rule}] ${r.message}`)] : []),
    ...report.consistency_warnings.map((w) => `warning ${w.source_file}: [${w.rule}] ${w.message} (rows ${w.rows.join(", ")})`),
  ];
  return lines.join("\n");
}
