import { tableFromIPC } from "apache-arrow";
import { describe, expect, test } from "vitest";
import { validateRelease } from "../pipeline/stages/validate.js";
import { assembleRelease } from "../pipeline/stages/release.js";
import { checkReleaseFiles } from "../pipeline/release-check.js";
import { DATASET } from "../pipeline/writers/release-info.js";
import { articleRow, indicatorRow } from "./rows.js";

const info = { ...DATASET, description: "test release", version: "9.9.9", date: "2026-01-02" };
const text = (files: Map<string, Uint8Array>, path: string) => new TextDecoder().decode(files.get(path));

function sampleRelease() {
  const article = articleRow();
  const indicators = [
    indicatorRow({ surface: "48.9万人以上", evidence: "大庆市人才总量达到48.9万人以上", indicator: "talent_stock", unit: "person", value: 489000, qualifier: "min", counter: "万人", start: 14, end: 22 }),
    indicatorRow({ surface: "1000至3000元", evidence: "=每人每月给予1000至3000元租房补贴", indicator: "rent_subsidy", unit: "CNY", value: null, value_min: 1000, value_max: 3000, qualifier: "range", period: "per_month", counter: "元", start: 30, end: 39 }),
    indicatorRow({ surface: "17.6%", evidence: "占全市常住人口(278万)的17.6%", indicator: "talent_share", unit: "percent", value: 17.6, counter: "%", start: 25, end: 30, published: null, region_code: null }),
  ];
  return validateRelease({ articles: [article], indicators, rejects: [], filesSeen: 1 });
}

describe("assembleRelease", () => {
  test("a release reads back the same through csv-parse, flechette and the schemas", () => {
    const files = assembleRelease(sampleRelease(), info);
    expect(checkReleaseFiles(files)).toEqual([]);
    expect([...files.keys()]).toEqual(expect.arrayContaining([
      "articles.csv", "articles.json", "articles.arrow", "indicators.csv", "indicators.json", "indicators.arrow",
      "indicator_codes.csv", "indicator_codes.json", "datapackage.json", "DATA_DICTIONARY.md", "rejects.json",
      "validation_report.json", "SHA256SUMS", "articles.schema.json", "indicators.schema.json", "indicator_codes.schema.json",
    ]));
  });

  test("the same rows give byte-identical files", () => {
    const a = assembleRelease(sampleRelease(), info);
    const b = assembleRelease(sampleRelease(), info);
    expect(text(a, "SHA256SUMS")).toBe(text(b, "SHA256SUMS"));
  });

  test("indicator rows are ordered by file and position, and counted on their article", () => {
    const files = assembleRelease(sampleRelease(), info);
    const rows = JSON.parse(text(files, "indicators.json")) as { surface: string }[];
    expect(rows.map((r) => r.surface)).toEqual(["48.9万人以上", "17.6%", "1000至3000元"]);
    expect(JSON.parse(text(files, "articles.json"))[0].indicator_count).toBe(3);
  });

  test("CSV escapes formulas and writes nulls as empty cells", () => {
    const csv = text(assembleRelease(sampleRelease(), info), "indicators.csv");
    expect(csv.split("\r\n")[0]).toMatch(/^id,article_id,source_file,region_code,published,indicator,value,value_min,value_max,unit,/);
    expect(csv).toContain(",'=每人每月给予1000至3000元租房补贴,");
    expect(csv).toMatch(/,rent_subsidy,,1000,3000,CNY,range,per_month,false,/);
  });

  test("Arrow types are explicit: Float64 values, Int32 offsets, dates, booleans, dictionary codes", () => {
    const table = tableFromIPC(assembleRelease(sampleRelease(), info).get("indicators.arrow")!);
    const type = (name: string) => String(table.schema.fields.find((f) => f.name === name)!.type);
    expect(type("value")).toBe("Float64");
    expect(type("start")).toBe("Int32");
    expect(type("published")).toBe("Date32<DAY>");
    expect(type("is_target")).toBe("Bool");
    expect(type("indicator")).toBe("Dictionary<Int32, Utf8>");
    expect(table.schema.fields.find((f) => f.name === "value")!.metadata.get("description")).toMatch(/base units/);
  });

  test("datapackage.json describes every table file with its hash and a foreign key to articles", () => {
    const files = assembleRelease(sampleRelease(), info);
    const pkg = JSON.parse(text(files, "datapackage.json"));
    expect(pkg.version).toBe("9.9.9");
    expect(pkg.created).toBe("2026-01-02T00:00:00Z");
    const indicators = pkg.resources.find((r: { name: string }) => r.name === "indicators");
    expect(indicators.schema.foreignKeys).toContainEqual({ fields: ["article_id"], reference: { resource: "articles", fields: ["id"] } });
    expect(indicators.schema.fields.find((f: { name: string }) => f.name === "unit").constraints.enum).toContain("CNY");
    expect(pkg.resources.map((r: { path: string }) => r.path)).toContain("indicators.arrow");
  });

  test("a row breaking a rule is rejected and counted, not published", () => {
    const release = sampleRelease();
    const broken = indicatorRow({ surface: "最高150亿元", evidence: "最高150亿元的购房补贴", indicator: "housing_purchase_subsidy", unit: "CNY", value: 1.5e10, qualifier: "max" });
    const validated = validateRelease({ articles: release.articles, indicators: [...release.indicators, broken], rejects: [], filesSeen: 1 });
    expect(validated.indicators).toHaveLength(3);
    expect(validated.rejects).toEqual([expect.objectContaining({ rule: "plausible_money", stage: "validate", source_file: "sample.txt" })]);
    expect(validated.report.rules.plausible_money).toEqual(expect.objectContaining({ checked: 4, passed: 3, rejected: 1, warned: 0 }));
    expect(validated.report.rows.indicators).toEqual({ checked: 4, passed: 3, rejected: 1 });
  });

  test("a consistency warning names its rows, is counted as warned, and rejects nothing", () => {
    const release = sampleRelease();
    // 48.9万 talents in a population of 100万 is 48.9%, not the stated 17.6%.
    const population = indicatorRow({ surface: "100万", evidence: "全市常住人口100万", indicator: "population", unit: "person", value: 1000000 });
    const validated = validateRelease({ articles: release.articles, indicators: [...release.indicators, population], rejects: [], filesSeen: 1 });
    expect(validated.indicators).toHaveLength(4);
    expect(validated.report.rules.share_matches_ratio).toEqual(expect.objectContaining({ kind: "consistency", checked: 1, warned: 1, rejected: 0 }));
    expect(validated.report.consistency_warnings).toEqual([expect.objectContaining({ rule: "share_matches_ratio", rows: expect.arrayContaining([population.id]) })]);
  });

  test("checkReleaseFiles names the file, row and rule of a tampered release", () => {
    const files = assembleRelease(sampleRelease(), info);
    const rows = JSON.parse(text(files, "indicators.json"));
    rows[1].unit = "dollars";
    files.set("indicators.json", new TextEncoder().encode(JSON.stringify(rows)));
    const problems = checkReleaseFiles(files);
    expect(problems).toContainEqual(expect.stringMatching(/^indicators\.json row 2: unit: /));
    expect(problems).toContainEqual("SHA256SUMS: hash of indicators.json does not match");
  });
});
