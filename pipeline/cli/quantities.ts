// Reads lines of text on standard input and writes, for each line, one JSON array of the
// quantities found in it (offsets in the line, end exclusive). For debugging and for measuring
// the number reader against other projects' test suites.
import { findQuantities } from "../numbers/find-quantities.js";

const FIELDS = ["text", "start", "end", "value", "value_min", "value_max", "unit", "counter", "qualifier"] as const;

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const input = Buffer.concat(chunks).toString("utf8");
const lines = input.split(/\r?\n/);
if (lines.at(-1) === "") lines.pop();
const out = lines.map((line) =>
  JSON.stringify(findQuantities(line).map((q) => Object.fromEntries(FIELDS.map((f) => [f, q[f]])))));
process.stdout.write(out.length > 0 ? out.join("\n") + "\n" : "");
