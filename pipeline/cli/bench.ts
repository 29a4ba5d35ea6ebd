// `npm run bench`: builds a synthetic corpus (the raw articles repeated to at least 2,000 articles,
// each copy made distinct by a sentence of its own) and times a full release build of it.
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildRelease, listArticleFiles, readReleaseInfo } from "../build.js";
import { writeReleaseAtomically } from "../write-release.js";

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

async function main() {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" }, raw: { type: "string", default: join(projectDir, "raw") } } });
  const wanted = Number(values.articles);
  const benchDir = join(projectDir, ".bench");
  const corpus = join(benchDir, "raw");
  await rm(benchDir, { recursive: true, force: true });
  await mkdir(corpus, { recursive: true });
  const sources = await listArticleFiles(resolve(values.raw));
  const copies = Math.ceil(wanted / sources.length);
  for (let n = 0; n < copies; n++) {
    for (const source of sources) {
      const target = join(corpus, `copy${String(n).padStart(4, "0")}`, source);
      await mkdir(dirname(target), { recursive: true });
      if (n === 0) await copyFile(join(values.raw, source), target);
      else {
        // The copy's own sentence goes into the body (before the last line), so cleaning keeps it.
        const text = await readFile(join(values.raw, source), "utf8");
        const lines = text.split("\n");
        const at = Math.max(1, Math.floor(lines.length / 2));
        lines.splice(at, 0, `这是基准测试语料的第${n}份副本，用于测量处理速度。`);
        await writeFile(target, lines.join("\n"));
      }
    }
  }
  const info = await readReleaseInfo(projectDir);
  const started = performance.now();
  const built = await buildRelease(info, { rawDir: corpus });
  await writeReleaseAtomically(join(benchDir, "dist", info.version), built.files);
  const seconds = (performance.now() - started) / 1000;
  const mb = built.inputBytes / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`bench: ${built.report.files.seen} articles (${mb.toFixed(1)} MB) in ${seconds.toFixed(2)} s`);
  console.log(`bench: ${(built.report.files.seen / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s, peak RSS ${peakRssMb.toFixed(0)} MB`);
  console.log(`bench: ${built.report.files.published} published, ${built.report.files.rejected} rejected, ${built.report.rows.indicators.passed} indicator rows`);
}

await main();
