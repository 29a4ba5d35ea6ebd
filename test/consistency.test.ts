import { describe, expect, test } from "vitest";
import { partsWithinTotal, shareMatchesRatio } from "../pipeline/rules/consistency.js";
import { indicatorRow } from "./rows.js";

// Seed 001 (大庆): 人才总量48.9万人以上，占全市常住人口(278万)的17.6%，其中党政人才1.97万人 …
const total = indicatorRow({ surface: "48.9万人以上", evidence: "大庆市人才总量达到48.9万人以上", indicator: "talent_stock", unit: "person", value: 489000, qualifier: "min" });
const population = indicatorRow({ surface: "278万", evidence: "占全市常住人口(278万)", indicator: "population", unit: "person", value: 2780000 });
const share = indicatorRow({ surface: "17.6%", evidence: "占全市常住人口(278万)的17.6%", indicator: "talent_share", unit: "percent", value: 17.6 });
const parts = [19700, 39000, 120000, 250000, 54000, 7000].map((value) => indicatorRow({ surface: `${value / 10000}万人`, evidence: "其中…人才", indicator: "talent_stock", unit: "person", value }));

describe("consistency checks", () => {
  test("48.9万 ÷ 278万 = 17.6% agrees with the stated share", () => {
    expect(shareMatchesRatio.check([total, population, share])).toEqual([]);
  });

  test("a share that disagrees with stock ÷ population names all three rows", () => {
    const [warning] = shareMatchesRatio.check([total, population, { ...share, value: 27.6 }]);
    expect(warning.message).toMatch(/27.6% disagrees with 489000 ÷ 2780000 = 17.6%/);
    expect(warning.rows).toEqual([share.id, total.id, population.id]);
  });

  test("parts above a lower-bound total (以上) are not a contradiction", () => {
    expect(partsWithinTotal.check([total, ...parts])).toEqual([]);
  });

  test("parts adding up to more than an exact total are reported", () => {
    const exact = { ...total, surface: "40万人", value: 400000, qualifier: "exact" as const };
    const [warning] = partsWithinTotal.check([exact, ...parts]);
    expect(warning.message).toMatch(/add up to 489700, more than the stated total 400000/);
    expect(warning.rows[0]).toBe(exact.id);
    expect(warning.rows).toHaveLength(1 + parts.length);
  });
});
