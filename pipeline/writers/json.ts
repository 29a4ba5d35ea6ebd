// JSON writer: an array of row objects, keys in registry order, one row per line, null for missing.
import type { TableSpec } from "../../schemas/columns.js";

export function tableToJson(spec: TableSpec, rows: readonly Record<string, unknown>[]): string {
  const names = Object.keys(spec.columns);
  const lines = rows.map((row) => JSON.stringify(Object.fromEntries(names.map((n) => [n, row[n] ?? null]))));
  return lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`;
}
