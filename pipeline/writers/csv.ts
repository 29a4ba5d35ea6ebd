// CSV writer: RFC 4180, UTF-8 without BOM, one header row, columns in registry order, empty
// cells for null, formulas escaped because article text is untrusted.
import { stringify } from "csv-stringify/sync";
import type { TableSpec } from "../../schemas/columns.js";

export function tableToCsv(spec: TableSpec, rows: readonly Record<string, unknown>[]): string {
  return stringify(rows as Record<string, unknown>[], {
    header: true,
    columns: Object.keys(spec.columns),
    record_delimiter: "\r\n",
    escape_formulas: true,
    cast: { boolean: (v) => (v ? "true" : "false"), number: (v) => String(v) },
  });
}
