// Checks across the rows of one article. They do not reject rows (either figure may be the wrong
// one, or the article itself may be inconsistent); they are reported as warnings naming both rows.
import type { IndicatorRow } from "../../schemas/columns.js";
import type { ConsistencyWarning } from "../../schemas/reports.js";

export interface ConsistencyCheck {
  name: string;
  description: string;
  check: (rows: readonly IndicatorRow[]) => ConsistencyWarning[];
}

const TOTAL_WORDS = /总量|总数|总计|总规模/;
// Rounded figures (48.9万, 17.6%) disagree a little by construction: tolerate that much.
const SUM_TOLERANCE = 0.01;
const SHARE_TOLERANCE_POINTS = 0.5;

const stockTotal = (rows: readonly IndicatorRow[]) =>
  rows.find((r) => r.indicator === "talent_stock" && r.unit === "person" && r.value !== null && TOTAL_WORDS.test(r.evidence));

export const partsWithinTotal: ConsistencyCheck = {
  name: "parts_within_total",
  description: "the parts of a stated talent total do not add up to more than the total",
  check: (rows) => {
    const total = stockTotal(rows);
    if (!total || total.qualifier === "min") return [];
    const parts = rows.filter((r) => r !== total && r.indicator === "talent_stock" && r.unit === "person" && r.value !== null);
    const sum = parts.reduce((s, r) => s + (r.value ?? 0), 0);
    if (parts.length < 2 || sum <= total.value! * (1 + SUM_TOLERANCE)) return [];
    return [{
      source_file: total.source_file, rule: "parts_within_total",
      message: `talent parts add up to ${sum}, more than the stated total ${total.value} (${total.surface})`,
      rows: [total.id, ...parts.map((p) => p.id)],
    }];
  },
};

export const shareMatchesRatio: ConsistencyCheck = {
  name: "share_matches_ratio",
  description: "a stated talent share agrees with talent total ÷ population",
  check: (rows) => {
    const total = stockTotal(rows);
    const population = rows.find((r) => r.indicator === "population" && r.value !== null);
    const share = rows.find((r) => r.indicator === "talent_share" && r.value !== null);
    if (!total || !population || !share) return [];
    const ratio = (100 * total.value!) / population.value!;
    if (Math.abs(ratio - share.value!) <= SHARE_TOLERANCE_POINTS) return [];
    return [{
      source_file: share.source_file, rule: "share_matches_ratio",
      message: `stated share ${share.value}% disagrees with ${total.value} ÷ ${population.value} = ${ratio.toFixed(1)}%`,
      rows: [share.id, total.id, population.id],
    }];
  },
};

export const CONSISTENCY_CHECKS: readonly ConsistencyCheck[] = [partsWithinTotal, shareMatchesRatio];
