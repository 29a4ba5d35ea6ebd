// Frictionless Data Package (v2) descriptor of a release, derived from the column registry and
// from the bytes of the files it describes.
import { columnShape } from "../../schemas/column-shape.js";
import { sha256Hex } from "../sha256.js";
import type { TableSpec } from "../../schemas/columns.js";
import type { ReleaseInfo } from "./release-info.js";

export type TableFormat = "csv" | "json" | "arrow";

const TABLE_FORMATS: Record<TableFormat, { mediatype: string; suffix: string }> = {
  csv: { mediatype: "text/csv", suffix: "" },
  json: { mediatype: "application/json", suffix: "_json" },
  arrow: { mediatype: "application/vnd.apache.arrow.file", suffix: "_arrow" },
};

function tableSchema(spec: TableSpec) {
  return {
    fields: Object.entries(spec.columns).map(([name, column]) => {
      const shape = columnShape(column);
      const constraints = {
        required: !shape.nullable,
        ...(name === spec.primaryKey ? { unique: true } : {}),
        ...(shape.enum ? { enum: shape.enum } : {}),
        ...(shape.pattern ? { pattern: shape.pattern } : {}),
        ...(shape.minLength !== undefined ? { minLength: shape.minLength } : {}),
        ...(shape.minimum !== undefined ? { minimum: shape.minimum } : {}),
        ...(shape.maximum !== undefined ? { maximum: shape.maximum } : {}),
      };
      return {
        name,
        type: shape.type,
        ...(shape.type === "date" ? { format: "default" } : {}),
        title: column.title_en,
        title_zh: column.title_zh,
        description: column.description,
        ...(column.unit ? { unit: column.unit } : {}),
        example: column.example,
        constraints,
      };
    }),
    missingValues: [""],
    primaryKey: [spec.primaryKey],
    foreignKeys: spec.foreignKeys.map((fk) => ({ fields: [fk.fields], reference: { resource: fk.reference.resource, fields: [fk.reference.fields] } })),
  };
}

export interface TableFile { spec: TableSpec; format: TableFormat; path: string; bytes: Uint8Array }
export interface ReportFile { name: string; title: string; description: string; path: string; bytes: Uint8Array }

export function dataPackage(info: ReleaseInfo, tableFiles: readonly TableFile[], reports: readonly ReportFile[], sources: readonly { title: string; path?: string }[]): string {
  const resources = [
    ...tableFiles.map((f) => ({
      name: `${f.spec.name}${TABLE_FORMATS[f.format].suffix}`,
      type: "table",
      path: f.path,
      format: f.format,
      mediatype: TABLE_FORMATS[f.format].mediatype,
      ...(f.format === "arrow" ? {} : { encoding: "utf-8" }),
      bytes: f.bytes.byteLength,
      hash: `sha256:${sha256Hex(f.bytes)}`,
      title: f.spec.title,
      description: f.spec.description,
      ...(f.format === "csv" ? { dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: "\"", doubleQuote: true } } : {}),
      schema: tableSchema(f.spec),
    })),
    ...reports.map((r) => ({
      name: r.name, path: r.path, format: "json", mediatype: "application/json", encoding: "utf-8",
      bytes: r.bytes.byteLength, hash: `sha256:${sha256Hex(r.bytes)}`, title: r.title, description: r.description,
    })),
  ];
  const descriptor = {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: info.name,
    title: info.title,
    description: info.description,
    version: info.version,
    created: `${info.date}T00:00:00Z`,
    licenses: [info.license],
    sources,
    resources,
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
