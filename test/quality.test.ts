// The extraction quality gate: a release of the project's labelled articles (the seeds in raw/
// and the collected articles in test/articles/raw/) must keep quantity F1 ≥ 0.95 and strict
// key-indicator F1 ≥ 0.90 against the hand labels in test/articles/gold/. On failure it prints
// every miss, extra row and wrong attribute.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import type { IndicatorRow } from "../schemas/columns.js";
import { buildRelease, readReleaseInfo } from "../pipeline/build.js";
import { scoreIndicators, type GoldArticle } from "./quality/score.js";

const project = resolve(import.meta.dirname, "..");
const goldDir = join(project, "test/articles/gold");

test("extraction quality on the labelled articles", async () => {
  const golds = readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), "utf8")) as GoldArticle);
  const raw = mkdtempSync(join(tmpdir(), "quality-"));
  try {
    for (const gold of golds) {
      const source = [join(project, "test/articles/raw", gold.file), join(project, "raw", gold.file)].find(existsSync);
      expect(source, `no raw file for label ${gold.file}`).toBeDefined();
      cpSync(source!, join(raw, gold.file));
    }
    const built = await buildRelease(await readReleaseInfo(project), { rawDir: raw });
    const rows = JSON.parse(new TextDecoder().decode(built.files.get("indicators.json"))) as IndicatorRow[];
    const score = scoreIndicators(golds, rows);
    const summary = `quantity F1 ${score.quantityF1.toFixed(3)}, key-indicator F1 ${score.keyF1.toFixed(3)}, ` +
      `qualifier ${score.attributeAccuracy.qualifier.toFixed(3)}, period ${score.attributeAccuracy.period.toFixed(3)}, indicator ${score.attributeAccuracy.indicator.toFixed(3)} on ${golds.length} articles`;
    console.log(summary);
    const report = `${summary}\n${score.misses.join("\n")}`;
    expect(score.quantityF1, report).toBeGreaterThanOrEqual(0.95);
    expect(score.keyF1, report).toBeGreaterThanOrEqual(0.9);
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
}, 60_000);
