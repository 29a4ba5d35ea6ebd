// Builders of published rows for tests: a real figure from an article, with the fields a test
// does not care about filled in plausibly.
import type { ArticleRow, IndicatorRow } from "../schemas/columns.js";

import { sha256Hex } from "../pipeline/sha256.js";

const hex16 = (s: string) => sha256Hex(s).slice(0, 16);

export function indicatorRow(fields: Partial<IndicatorRow> & Pick<IndicatorRow, "surface" | "evidence">): IndicatorRow {
  return {
    id: hex16(`${fields.surface} ${fields.evidence}`), article_id: "00000000000000a1", source_file: "sample.txt", region_code: "230600", published: "2021-12-23",
    indicator: "other", value: 1, value_min: null, value_max: null, unit: "item", qualifier: "exact", period: null,
    is_target: false, counter: "个", evidence_original: fields.evidence, start: 0, end: fields.surface.length, source_start: 0, source_end: fields.surface.length,
    ...fields,
  };
}

export function articleRow(fields: Partial<ArticleRow> = {}): ArticleRow {
  return {
    id: "00000000000000a1", source_file: "sample.txt", sha256: "ab".repeat(32), title: "“青年”大庆 “活力”满满", published: "2021-12-23",
    publisher: "黑龙江日报", author: null, url: null, region_code: "230600", province: "黑龙江省", city: "大庆市", county: null,
    script: "traditional", encoding: "utf-8", format: "text", char_count: 40, indicator_count: 0,
    text: "截至目前，大庆市人才总量达到48.9万人以上，占全市常住人口(278万)的17.6%。", ...fields,
  };
}
