// `make all`: builds the release of a raw folder into <dist>/<version>/, atomically.
//   tsx pipeline/cli/release.ts [--raw DIR] [--dist DIR] [--strict] [--max-bytes N]
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { buildRelease, DEFAULT_MAX_BYTES, readReleaseInfo } from "../build.js";
import { writeReleaseAtomically } from "../write-release.js";
import { summarizeBuild } from "./summary.js";

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

async function main() {
  const { values } = parseArgs({
    options: {
      raw: { type: "string", default: join(projectDir, "raw") },
      dist: { type: "string", default: join(projectDir, "dist") },
      strict: { type: "boolean", default: false },
      "max-bytes": { type: "string", default: String(DEFAULT_MAX_BYTES) },
    },
  });
  const maxBytes = Number(values["max-bytes"]);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new Error(`--max-bytes must be a positive integer, got "${values["max-bytes"]}"`);
  const info = await readReleaseInfo(projectDir);
  const built = await buildRelease(info, { rawDir: resolve(values.raw), maxBytes });
  const target = join(resolve(values.dist), info.version);
  await mkdir(resolve(values.dist), { recursive: true });
  await writeReleaseAtomically(target, built.files);
  console.log(summarizeBuild(built, target));
  if (values.strict && built.rejects.length > 0) {
    console.error(`STRICT: ${built.rejects.length} reject(s):`);
    for (const r of built.rejects) console.error(`  ${r.source_file}: [${r.rule}] ${r.message}`);
    process.exitCode = 1;
  }
}

await main();
