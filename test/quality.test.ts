// The quality gate: a release of the project's labelled articles (the seeds in raw/ and the
// collected articles in test/articles/raw/) must keep, against the hand labels in
// test/articles/gold/, quantity F1 ≥ 0.95, strict key-indicator F1 ≥ 0.90, qualifier accuracy ≥ 0.95,
// period and indicator accuracy ≥ 0.90, article metadata ≥ 0.90 and text checks ≥ 0.98. On failure
// it prints every miss, extra row and wrong attribute.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import type { ArticleRow, IndicatorRow } from "../schemas/columns.js";
import { buildRelease, readReleaseInfo } from "../pipeline/build.js";
import { scoreRelease, type GoldArticle } from "./quality/score.js";

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
    const table = <T>(name: string) => JSON.parse(new TextDecoder().decode(built.files.get(`${name}.json`))) as T[];
    const score = scoreRelease(golds, table<IndicatorRow>("indicators"), table<ArticleRow>("articles"));
    const { qualifier, period, indicator, target } = score.attributeAccuracy;
    const summary = `quantity F1 ${score.quantityF1.toFixed(3)}, key-indicator F1 ${score.keyF1.toFixed(3)}, qualifier ${qualifier.toFixed(3)}, ` +
      `period ${period.toFixed(3)}, indicator ${indicator.toFixed(3)}, target ${target.toFixed(3)}, metadata ${score.metadataAccuracy.toFixed(3)}, ` +
      `text checks ${score.textChecks.toFixed(3)} on ${golds.length} articles`;
    console.log(summary);
    const report = `${summary}\n${score.misses.join("\n")}`;
    expect(score.quantityF1, report).toBeGreaterThanOrEqual(0.95);
    expect(score.keyF1, report).toBeGreaterThanOrEqual(0.9);
    expect(qualifier, report).toBeGreaterThanOrEqual(0.95);
    expect(period, report).toBeGreaterThanOrEqual(0.9);
    expect(indicator, report).toBeGreaterThanOrEqual(0.9);
    expect(score.metadataAccuracy, report).toBeGreaterThanOrEqual(0.9);
    expect(score.textChecks, report).toBeGreaterThanOrEqual(0.98);
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
}, 60_000);
