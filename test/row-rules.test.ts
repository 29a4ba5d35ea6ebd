import { describe, expect, test } from "vitest";
import { IndicatorRow } from "../schemas/columns.js";
import { boundsOrdered, periodApplies, plausibleCount, plausibleMoney, unitFitsCode, rangeShape, rankPositive, shareWithinHundred, wholeCounts } from "../pipeline/rules/row-rules.js";
import { indicatorRow } from "./rows.js";

const rentRange = indicatorRow({
  surface: "1000至3000元", evidence: "每人每月给予1000至3000元租房补贴", indicator: "rent_subsidy", unit: "CNY",
  value: null, value_min: 1000, value_max: 3000, qualifier: "range", period: "per_month",
});

describe("row rules", () => {
  test("a range must have ordered bounds", () => {
    expect(boundsOrdered.check(rentRange)).toBeNull();
    expect(boundsOrdered.check({ ...rentRange, value_min: 3000, value_max: 1000 })).toMatch(/3000 > value_max 1000/);
  });

  test("a range has both bounds and no value; other rows a value and no bounds", () => {
    expect(rangeShape.check(rentRange)).toBeNull();
    expect(rangeShape.check({ ...rentRange, value: 2000 })).toMatch(/range needs/);
    expect(rangeShape.check({ ...rentRange, value_max: null })).toMatch(/range needs/);
    const subsidy = indicatorRow({ surface: "最高15万元", evidence: "最高15万元的购房补贴", unit: "CNY", value: 150000, qualifier: "max" });
    expect(rangeShape.check(subsidy)).toBeNull();
    expect(rangeShape.check({ ...subsidy, value_min: 1 })).toMatch(/needs a value and no bounds/);
  });

  test("a talent share stays within 0–100 percent", () => {
    const share = indicatorRow({ surface: "17.6%", evidence: "占全市常住人口(278万)的17.6%", indicator: "talent_share", unit: "percent", value: 17.6 });
    expect(shareWithinHundred.check(share)).toBeNull();
    expect(shareWithinHundred.check({ ...share, value: 176 })).toMatch(/outside 0–100/);
    // growth rates are percentages too, and may exceed 100
    expect(shareWithinHundred.check({ ...share, indicator: "other", value: 150 })).toBeNull();
  });

  test("a rank starts at 1", () => {
    const rank = indicatorRow({ surface: "第39位", evidence: "排名全国第39位", indicator: "ranking", unit: "rank", value: 39 });
    expect(rankPositive.check(rank)).toBeNull();
    expect(rankPositive.check({ ...rank, value: 0 })).toMatch(/below 1/);
  });

  test("people and things are counted in whole numbers after scaling", () => {
    const people = indicatorRow({ surface: "0.7万人", evidence: "社会工作人才0.7万人", indicator: "talent_stock", unit: "person", value: 7000 });
    expect(wholeCounts.check(people)).toBeNull();
    expect(wholeCounts.check({ ...people, value: 7000.5 })).toMatch(/not a whole number/);
    expect(wholeCounts.check(indicatorRow({ surface: "236.3万元", evidence: "累计发放236.3万元", unit: "CNY", value: 2363000.5 }))).toBeNull();
  });

  test("money must be plausible for its indicator", () => {
    const subsidy = indicatorRow({ surface: "最高15万元", evidence: "最高15万元的购房补贴", indicator: "housing_purchase_subsidy", unit: "CNY", value: 150000, qualifier: "max" });
    expect(plausibleMoney.check(subsidy)).toBeNull();
    expect(plausibleMoney.check({ ...subsidy, value: 1e10 })).toMatch(/implausible for housing_purchase_subsidy/);
    expect(plausibleMoney.check({ ...subsidy, value: 0 })).toMatch(/implausible/);
    expect(plausibleMoney.check({ ...subsidy, indicator: "investment", value: 7e9 })).toBeNull();
  });

  test("money in another currency keeps its code and is only checked to be positive", () => {
    const grant = indicatorRow({ surface: "500万日元", evidence: "给予每人500万日元研究资助", indicator: "startup_grant", unit: "JPY", value: 5e6 });
    expect(IndicatorRow.safeParse(grant).success).toBe(true);
    expect(IndicatorRow.safeParse({ ...grant, unit: "THB" }).success).toBe(true);
    expect(plausibleMoney.check({ ...grant, value: 5e10 })).toBeNull();
    expect(plausibleMoney.check({ ...grant, value: -5 })).toMatch(/implausible/);
  });

  test("counts beyond what any region could report are rejected", () => {
    const introduced = indicatorRow({ surface: "1.2万人", evidence: "全年引进各类人才1.2万人", indicator: "talents_introduced", unit: "person", value: 12000 });
    expect(plausibleCount.check(introduced)).toBeNull();
    expect(plausibleCount.check({ ...introduced, value: 1.2e12 })).toMatch(/implausible \(limit 2000000000\)/);
  });

  test("the unit is one the indicator's values may have", () => {
    const posts = indicatorRow({ surface: "1万个", evidence: "拿出1万个事业编制招引紧缺人才", indicator: "public_institution_posts", unit: "item", value: 10000 });
    expect(unitFitsCode.check(posts)).toBeNull();
    expect(unitFitsCode.check({ ...posts, unit: "CNY" })).toBe("unit CNY does not fit public_institution_posts");
    const rent = indicatorRow({ surface: "每月3000港元", evidence: "每月3000港元租房补贴", indicator: "rent_subsidy", unit: "HKD", value: 3000 });
    expect(unitFitsCode.check(rent)).toBeNull();
    expect(unitFitsCode.check({ ...rent, unit: "person" })).toMatch(/does not fit rent_subsidy/);
  });

  test("a period is only given where it makes sense", () => {
    const stock = indicatorRow({ surface: "48.9万人以上", evidence: "人才总量达到48.9万人以上", indicator: "talent_stock", unit: "person", value: 489000, qualifier: "min" });
    expect(periodApplies.check(stock)).toBeNull();
    expect(periodApplies.check({ ...stock, period: "per_year" })).toMatch(/no sense for talent_stock/);
    expect(periodApplies.check({ ...rentRange })).toBeNull();
  });
});
