// Reads a column's storage shape (type, nullability, enum, pattern, bounds) off its zod schema,
// through zod's own JSON Schema export, so that no writer restates what the registry declares.
import { z } from "zod";
import type { Column } from "./columns.js";

export type ValueType = "string" | "integer" | "number" | "boolean" | "date";

export interface ColumnShape {
  type: ValueType;
  nullable: boolean;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

interface JsonSchemaNode {
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  enum?: string[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

// zod writes the JSON-safe integer range on every int; only narrower bounds say something.
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

export function columnShape(column: Column): ColumnShape {
  const node = z.toJSONSchema(column.schema) as JsonSchemaNode;
  const variants = node.anyOf ?? [node];
  const types = variants.flatMap((v) => (Array.isArray(v.type) ? v.type : [v.type]));
  const nullable = types.includes("null");
  const main = variants.find((v) => v.type !== "null") ?? node;
  const baseType = types.find((t) => t !== "null");
  const type: ValueType = main.format === "date" ? "date" : (baseType as ValueType);
  if (!["string", "integer", "number", "boolean", "date"].includes(type)) throw new Error(`unsupported column type ${String(baseType)}`);
  const shape: ColumnShape = { type, nullable };
  if (main.enum) shape.enum = main.enum;
  if (main.pattern && type !== "date") shape.pattern = main.pattern;
  if (main.minLength !== undefined) shape.minLength = main.minLength;
  if (main.minimum !== undefined && Math.abs(main.minimum) < SAFE_INTEGER) shape.minimum = main.minimum;
  if (main.maximum !== undefined && Math.abs(main.maximum) < SAFE_INTEGER) shape.maximum = main.maximum;
  return shape;
}
