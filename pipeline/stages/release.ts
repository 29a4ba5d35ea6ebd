// Release stage: lays out every file of a release as bytes, from validated rows. Writing them to
// disk is the runner's job.
import { z } from "zod";
import { FORMATS, INDICATOR_CODES, PERIODS, QUALIFIERS, SCRIPTS, UNIT_CODES, indicatorCodeRows } from "../../schemas/codes.js";
import { rowSchema, tables, type TableSpec } from "../../schemas/columns.js";
import { ValidationReport } from "../../schemas/reports.js";
import { tableToArrow } from "../writers/arrow.js";
import { tableToCsv } from "../writers/csv.js";
import { sha256Hex } from "../sha256.js";
import { dataPackage, type ReportFile, type TableFile, type TableFormat } from "../writers/datapackage.js";
import { dataDictionary } from "../writers/dictionary.js";
import { tableToJson } from "../writers/json.js";
import type { ReleaseInfo } from "../writers/release-info.js";
import type { ValidatedRelease } from "./validate.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const TABLE_DESCRIPTIONS: Record<TableFormat, string> = {
  csv: "CSV", json: "JSON array of row objects", arrow: "Apache Arrow IPC file",
};

function tableFiles(spec: TableSpec, rows: readonly Record<string, unknown>[]): TableFile[] {
  const formats: TableFormat[] = spec.arrow ? ["csv", "json", "arrow"] : ["csv", "json"];
  return formats.map((format) => ({
    spec, format, path: `${spec.name}.${format}`,
    bytes: format === "csv" ? utf8(tableToCsv(spec, rows)) : format === "json" ? utf8(tableToJson(spec, rows)) : tableToArrow(spec, rows),
  }));
}

const jsonSchemaOf = (spec: TableSpec) => `${JSON.stringify({
  ...z.toJSONSchema(z.array(rowSchema(spec.columns))),
  title: `${spec.title} (${spec.name})`,
  description: spec.description,
}, null, 2)}\n`;

/** Every file of a release, by path relative to the release folder. */
export function assembleRelease(release: ValidatedRelease, info: ReleaseInfo): Map<string, Uint8Array> {
  const articles = [...release.articles].sort((a, b) => compare(a.source_file, b.source_file));
  const indicators = [...release.indicators].sort((a, b) => compare(a.source_file, b.source_file) || a.start - b.start || a.end - b.end || compare(a.id, b.id));
  const rejects = [...release.rejects].sort((a, b) => compare(a.source_file, b.source_file) || compare(a.stage, b.stage) || compare(a.rule, b.rule) || compare(a.message, b.message));
  const report = ValidationReport.parse(release.report);

  const tabular = [
    ...tableFiles(tables.articles, articles),
    ...tableFiles(tables.indicators, indicators),
    ...tableFiles(tables.indicator_codes, indicatorCodeRows),
  ];
  const reports: ReportFile[] = [
    { name: "rejects", path: "rejects.json", title: "Rejects", description: "What was left out of the release and why: one object per rejected file or row.", bytes: utf8(`${JSON.stringify(rejects, null, 2)}\n`) },
    { name: "validation_report", path: "validation_report.json", title: "Validation report", description: "Files seen, published and rejected; rows checked, passed and rejected; counts per rule; consistency warnings.", bytes: utf8(`${JSON.stringify(report, null, 2)}\n`) },
  ];
  const sources = articles.map((a) => ({ title: [a.publisher, a.title ?? a.source_file].filter(Boolean).join(": "), ...(a.url ? { path: a.url } : {}) }));

  const files = new Map<string, Uint8Array>();
  for (const f of [...tabular, ...reports]) files.set(f.path, f.bytes);
  for (const spec of Object.values(tables)) files.set(`${spec.name}.schema.json`, utf8(jsonSchemaOf(spec)));
  files.set("datapackage.json", utf8(dataPackage(info, tabular, reports, sources)));
  files.set("DATA_DICTIONARY.md", utf8(dataDictionary({
    info,
    tables: Object.values(tables),
    files: [
      ...tabular.map((f) => ({ path: f.path, description: `${f.spec.title}: ${TABLE_DESCRIPTIONS[f.format]}` })),
      ...reports.map((r) => ({ path: r.path, description: r.description })),
      ...Object.values(tables).map((t) => ({ path: `${t.name}.schema.json`, description: `JSON Schema of the ${t.name} rows (a JSON array of objects)` })),
      { path: "datapackage.json", description: "Frictionless Data Package v2 descriptor: every resource with its bytes, hash and Table Schema" },
      { path: "DATA_DICTIONARY.md", description: "This document" },
      { path: "SHA256SUMS", description: "SHA-256 of every other file, in `sha256sum -c` format" },
    ],
    indicatorCodes: indicatorCodeRows,
    codeLists: { indicator: INDICATOR_CODES, unit: UNIT_CODES, qualifier: QUALIFIERS, period: PERIODS, script: SCRIPTS, format: FORMATS },
  })));
  const paths = [...files.keys()].sort(compare);
  files.set("SHA256SUMS", utf8(paths.map((p) => `${sha256Hex(files.get(p)!)}  ${p}\n`).join("")));
  return new Map([...files].sort(([a], [b]) => compare(a, b)));
}
