// Arrow IPC file writer. The schema is built from the registry, never inferred: Float64 values,
// Int32 integers, DateDay dates, Bool flags, dictionary-encoded code columns, and each column's
// description in its field metadata.
import {
  Bool, DataType, DateDay, Dictionary, Field, Float64, Int32, RecordBatch, Schema, Struct, Table, Utf8,
  makeData, tableToIPC, vectorFromArray,
} from "apache-arrow";
import { columnShape } from "../../schemas/column-shape.js";
import type { Column, TableSpec } from "../../schemas/columns.js";

// Dictionary ids are fixed by column position: apache-arrow otherwise draws them from a process-wide
// counter, and the bytes of a file would depend on what was written before it.
function arrowType(column: Column, position: number): DataType {
  const shape = columnShape(column);
  switch (shape.type) {
    case "integer": return new Int32();
    case "number": return new Float64();
    case "boolean": return new Bool();
    case "date": return new DateDay();
    case "string": return shape.enum ? new Dictionary(new Utf8(), new Int32(), position) : new Utf8();
  }
}

function arrowSchema(spec: TableSpec): Schema {
  return new Schema(
    Object.entries(spec.columns).map(([name, column], position) => new Field(name, arrowType(column, position), columnShape(column).nullable, new Map([
      ["description", column.description],
      ["title_zh", column.title_zh],
      ["title_en", column.title_en],
      ...(column.unit ? [["unit", column.unit] as [string, string]] : []),
    ]))),
    new Map([["name", spec.name], ["description", spec.description]]),
  );
}

// A published date is a calendar date; UTC midnight gives its exact day number.
const toArrowCell = (type: DataType, value: unknown) =>
  value === null || value === undefined ? null : DataType.isDate(type) ? new Date(`${value as string}T00:00:00Z`) : value;

export function tableToArrow(spec: TableSpec, rows: readonly Record<string, unknown>[]): Uint8Array {
  const schema = arrowSchema(spec);
  const children = schema.fields.map((field) => vectorFromArray(rows.map((row) => toArrowCell(field.type, row[field.name])), field.type).data[0]);
  const data = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return tableToIPC(new Table(schema, [new RecordBatch(schema, data)]), "file");
}
