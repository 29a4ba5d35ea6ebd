// The quantities of one raw line as the pipeline finds them: the line normalized as the clean
// stage normalizes each line (text/normalize.ts: full-width digits, digit-group commas, spaces
// before units …), then read by findQuantities. Offsets and text are those of the raw line.
import { identityMapped, parentSpan } from "../text/mapped-text.js";
import { normalizeLine } from "../text/normalize.js";
import type { Quantity } from "../types.js";
import { findQuantities } from "./find-quantities.js";

export function findLineQuantities(line: string): Quantity[] {
  const normalized = normalizeLine(identityMapped(line));
  return findQuantities(normalized.text).map((quantity) => {
    const { start, end } = parentSpan(normalized, quantity.start, quantity.end);
    return { ...quantity, text: line.slice(start, end), start, end };
  });
}
