// DATA_DICTIONARY.md: the registry and the code lists written for people.
import { columnShape } from "../../schemas/column-shape.js";
import type { IndicatorCodeRow } from "../../schemas/columns.js";
import type { TableSpec } from "../../schemas/columns.js";
import type { ReleaseInfo } from "./release-info.js";

const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v).replace(/\|/g, "\\|").replace(/\n/g, " "));
const row = (cells: unknown[]) => `| ${cells.map(cell).join(" | ")} |`;

function columnTable(spec: TableSpec): string[] {
  return [
    row(["column", "中文", "English", "type", "null allowed", "unit", "description", "example"]),
    row(["---", "---", "---", "---", "---", "---", "---", "---"]),
    ...Object.entries(spec.columns).map(([name, c]) => {
      const shape = columnShape(c);
      const type = shape.enum ? `${shape.type} (code)` : shape.type;
      return row([`\`${name}\``, c.title_zh, c.title_en, type, shape.nullable ? "yes" : "no", c.unit ?? "", c.description, c.example === null ? "null" : c.example]);
    }),
  ];
}

export interface DictionaryInput {
  info: ReleaseInfo;
  tables: readonly TableSpec[];
  files: readonly { path: string; description: string }[];
  indicatorCodes: readonly IndicatorCodeRow[];
  codeLists: Record<string, readonly string[]>;
}

export function dataDictionary({ info, tables, files, indicatorCodes, codeLists }: DictionaryInput): string {
  const lines = [
    `# ${info.title}: data dictionary`,
    "",
    `Version ${info.version}, released ${info.date}. Licence: ${info.license.title} (${info.license.name}).`,
    "",
    info.description,
    "",
    "## Files",
    "",
    row(["file", "content"]),
    row(["---", "---"]),
    ...files.map((f) => row([`\`${f.path}\``, f.description])),
    "",
    "CSV files are RFC 4180, UTF-8 without byte-order mark, CRLF line ends, one header row; an empty cell is null;",
    "a cell starting with = + - @ or a tab is prefixed with ' so spreadsheets do not run it as a formula.",
    "JSON files are arrays of row objects with the same keys in the same order; null for missing.",
    "Arrow files are in the IPC file format with explicit types: Float64 values, Int32 counts and offsets,",
    "Date32 dates, Bool flags, dictionary-encoded code columns, and each column's description in its field metadata.",
    "",
  ];
  for (const spec of tables) {
    lines.push(`## Table \`${spec.name}\``, "", spec.description, "", `Primary key: \`${spec.primaryKey}\`.`);
    for (const fk of spec.foreignKeys) lines.push(`\`${fk.fields}\` refers to \`${fk.reference.resource}.${fk.reference.fields}\`.`);
    lines.push("", ...columnTable(spec), "");
  }
  lines.push("## Indicator codes", "", row(["code", "中文", "English", "unit", "definition"]), row(["---", "---", "---", "---", "---"]));
  lines.push(...indicatorCodes.map((c) => row([`\`${c.code}\``, c.name_zh, c.name_en, c.unit, c.definition])), "");
  lines.push("## Other code lists", "");
  for (const [name, values] of Object.entries(codeLists)) lines.push(`- \`${name}\`: ${values.map((v) => `\`${v}\``).join(", ")}`);
  lines.push("");
  return lines.join("\n");
}
