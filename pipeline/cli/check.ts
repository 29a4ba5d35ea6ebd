// `make check`: the committed release is exactly what the code builds, and every file of it is
// valid. It rebuilds the release into a temporary folder and compares bytes; validates every row of
// every table file against the schemas; reads CSV with csv-parse and Arrow with flechette (readers
// other than the writers) and compares them with the JSON; and verifies SHA256SUMS and the hashes
// in datapackage.json. Exits non-zero naming the file, row and rule of each problem.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildRelease, readReleaseInfo } from "../build.js";
import { checkReleaseFiles } from "../release-check.js";
import { writeReleaseAtomically } from "../write-release.js";

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

async function readTree(dir: string): Promise<Map<string, Uint8Array>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(await Promise.all(names.map(async (p) => [p.slice(dir.length + 1), new Uint8Array(await readFile(p))] as const)));
}

async function main() {
  const { values } = parseArgs({ options: { raw: { type: "string", default: join(projectDir, "raw") }, dist: { type: "string", default: join(projectDir, "dist") } } });
  const info = await readReleaseInfo(projectDir);
  const committedDir = join(resolve(values.dist), info.version);
  const committed = await readTree(committedDir).catch(() => null);
  if (committed === null) {
    console.error(`check: no committed release at ${committedDir}; run make all and commit it`);
    process.exit(1);
  }

  const problems: string[] = [];
  const scratch = await mkdtemp(join(tmpdir(), "release-check-"));
  try {
    const built = await buildRelease(info, { rawDir: resolve(values.raw) });
    await writeReleaseAtomically(join(scratch, info.version), built.files);
    const rebuilt = await readTree(join(scratch, info.version));
    for (const path of new Set([...committed.keys(), ...rebuilt.keys()])) {
      const a = committed.get(path);
      const b = rebuilt.get(path);
      if (!a) problems.push(`${path}: built but not committed`);
      else if (!b) problems.push(`${path}: committed but no longer built`);
      else if (Buffer.compare(a, b) !== 0) problems.push(`${path}: committed bytes differ from a fresh build (run make all and commit)`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  problems.push(...checkReleaseFiles(committed));

  if (problems.length > 0) {
    console.error(`check: ${problems.length} problem(s) in ${committedDir}:`);
    for (const p of problems.slice(0, 200)) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`check: ${committedDir} is reproducible and valid (${committed.size} files)`);
}

await main();
