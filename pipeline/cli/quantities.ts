// Reads lines of text on standard input and writes, for each line, one JSON array of the
// quantities found in it as the pipeline finds them (the line normalized as the clean stage
// does; offsets in the raw line, end exclusive). For debugging and for measuring the number
// reader against other projects' test suites.
import { findLineQuantities } from "../numbers/line-quantities.js";

const FIELDS = ["text", "start", "end", "value", "value_min", "value_max", "unit", "counter", "qualifier"] as const;

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const input = Buffer.concat(chunks).toString("utf8");
const lines = input.split(/\r?\n/);
if (lines.at(-1) === "") lines.pop();
const out = lines.map((line) =>
  JSON.stringify(findLineQuantities(line).map((quantity) => Object.fromEntries(FIELDS.map((field) => [field, quantity[field]])))));
process.stdout.write(out.length > 0 ? out.join("\n") + "\n" : "");
