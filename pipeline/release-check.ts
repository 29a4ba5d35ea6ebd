// Checks a release's files as a consumer would read them: every row of every table file against
// the zod schemas, CSV (read with csv-parse) and Arrow (read with flechette) equal to the JSON,
// foreign keys resolved, and SHA256SUMS and datapackage.json hashes matching the bytes.
import { tableFromIPC } from "@uwdata/flechette";
import { parse } from "csv-parse/sync";
import { columnShape, type ColumnShape } from "../schemas/column-shape.js";
import { rowSchema, tables, type TableSpec } from "../schemas/columns.js";
import { RejectEntry, ValidationReport } from "../schemas/reports.js";
import { sha256Hex } from "./sha256.js";

const decoder = new TextDecoder("utf-8", { fatal: true });
const FORMULA_START = /^'[=+\-@\t\r]/;

/** A CSV cell back to its typed value, undoing the formula escape. */
function fromCsvCell(cell: string, shape: ColumnShape): unknown {
  if (cell === "" && shape.nullable) return null;
  switch (shape.type) {
    case "integer":
    case "number": return Number(cell);
    case "boolean": return cell === "true" ? true : cell === "false" ? false : cell;
    default: return FORMULA_START.test(cell) ? cell.slice(1) : cell;
  }
}

/** An Arrow cell back to its JSON form: dates as YYYY-MM-DD. */
const fromArrowCell = (value: unknown, shape: ColumnShape) =>
  value === null || value === undefined ? null : shape.type === "date" ? new Date(value as number).toISOString().slice(0, 10) : value;

function firstDifference(a: readonly Record<string, unknown>[], b: readonly Record<string, unknown>[], columns: string[]): string | null {
  if (a.length !== b.length) return `${a.length} rows instead of ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    for (const c of columns) if (!Object.is(a[i][c], b[i][c]) && JSON.stringify(a[i][c]) !== JSON.stringify(b[i][c])) return `row ${i + 1}, column ${c}: ${JSON.stringify(a[i][c])} instead of ${JSON.stringify(b[i][c])}`;
  }
  return null;
}

function checkTable(spec: TableSpec, files: ReadonlyMap<string, Uint8Array>, problems: string[]): Record<string, unknown>[] {
  const names = Object.keys(spec.columns);
  const shapes = Object.fromEntries(names.map((n) => [n, columnShape(spec.columns[n])]));
  const schema = rowSchema(spec.columns);
  const jsonPath = `${spec.name}.json`;
  const jsonBytes = files.get(jsonPath);
  if (!jsonBytes) {
    problems.push(`${jsonPath}: missing`);
    return [];
  }
  const rows = JSON.parse(decoder.decode(jsonBytes)) as Record<string, unknown>[];
  rows.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`${jsonPath} row ${i + 1}: ${issue.path.join(".")}: ${issue.message}`);
    if (JSON.stringify(Object.keys(row)) !== JSON.stringify(names)) problems.push(`${jsonPath} row ${i + 1}: keys are not the declared columns in order`);
  });
  const keys = rows.map((r) => r[spec.primaryKey]);
  if (new Set(keys).size !== keys.length) problems.push(`${jsonPath}: primary key ${spec.primaryKey} is not unique`);

  const csvBytes = files.get(`${spec.name}.csv`);
  if (!csvBytes) problems.push(`${spec.name}.csv: missing`);
  else {
    const records = parse(decoder.decode(csvBytes), { columns: true }) as Record<string, string>[];
    const header = decoder.decode(csvBytes).split("\r\n", 1)[0];
    if (header !== names.join(",")) problems.push(`${spec.name}.csv: header is not the declared columns in order`);
    const typed = records.map((r) => Object.fromEntries(names.map((n) => [n, fromCsvCell(r[n] ?? "", shapes[n])])));
    const diff = firstDifference(typed, rows, names);
    if (diff) problems.push(`${spec.name}.csv differs from ${jsonPath}: ${diff}`);
  }

  if (spec.arrow) {
    const arrowBytes = files.get(`${spec.name}.arrow`);
    if (!arrowBytes) problems.push(`${spec.name}.arrow: missing`);
    else {
      const table = tableFromIPC(arrowBytes, { useDate: false });
      const fields = table.schema.fields.map((f) => f.name);
      if (JSON.stringify(fields) !== JSON.stringify(names)) problems.push(`${spec.name}.arrow: fields are not the declared columns in order`);
      const typed = table.toArray().map((r) => Object.fromEntries(names.map((n) => [n, fromArrowCell((r as Record<string, unknown>)[n], shapes[n])])));
      const diff = firstDifference(typed, rows, names);
      if (diff) problems.push(`${spec.name}.arrow differs from ${jsonPath}: ${diff}`);
    }
  }
  return rows;
}

export function checkReleaseFiles(files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const rows = Object.fromEntries(Object.values(tables).map((spec) => [spec.name, checkTable(spec, files, problems)]));

  for (const spec of Object.values(tables)) {
    for (const fk of spec.foreignKeys) {
      const targets = new Set(rows[fk.reference.resource].map((r) => r[fk.reference.fields]));
      rows[spec.name].forEach((r, i) => {
        if (!targets.has(r[fk.fields])) problems.push(`${spec.name}.json row ${i + 1}: ${fk.fields} ${JSON.stringify(r[fk.fields])} is not in ${fk.reference.resource}.${fk.reference.fields}`);
      });
    }
  }

  const reportChecks: [string, { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }][] = [
    ["rejects.json", RejectEntry.array()],
    ["validation_report.json", ValidationReport],
  ];
  for (const [path, schema] of reportChecks) {
    const bytes = files.get(path);
    if (!bytes) { problems.push(`${path}: missing`); continue; }
    const parsed = schema.safeParse(JSON.parse(decoder.decode(bytes)));
    if (!parsed.success) for (const issue of parsed.error!.issues) problems.push(`${path}: ${issue.path.join(".")}: ${issue.message}`);
  }

  const sums = files.get("SHA256SUMS");
  if (!sums) problems.push("SHA256SUMS: missing");
  else {
    const listed = new Set<string>();
    for (const line of decoder.decode(sums).split("\n").filter(Boolean)) {
      const [hash, path] = line.split(/ {2}/);
      listed.add(path);
      const bytes = files.get(path);
      if (!bytes) problems.push(`SHA256SUMS: lists ${path}, which is missing`);
      else if (sha256Hex(bytes) !== hash) problems.push(`SHA256SUMS: hash of ${path} does not match`);
    }
    for (const path of files.keys()) if (path !== "SHA256SUMS" && !listed.has(path)) problems.push(`SHA256SUMS: does not list ${path}`);
  }

  const descriptorBytes = files.get("datapackage.json");
  if (!descriptorBytes) problems.push("datapackage.json: missing");
  else {
    const descriptor = JSON.parse(decoder.decode(descriptorBytes)) as { resources: { path: string; bytes: number; hash: string }[] };
    for (const r of descriptor.resources) {
      const bytes = files.get(r.path);
      if (!bytes) problems.push(`datapackage.json: resource ${r.path} is missing`);
      else if (bytes.byteLength !== r.bytes || `sha256:${sha256Hex(bytes)}` !== r.hash) problems.push(`datapackage.json: bytes or hash of ${r.path} do not match`);
    }
  }
  return problems;
}
