// Scores a release against hand labels (test/articles/gold/*.json, written by the labelling guide
// in test/articles/README.md): quantity precision/recall/F1 on (file, unit, value), a strict F1 on
// the key policy indicators that also requires the indicator code, the agreement of qualifier,
// period, indicator and target on matched rows, article metadata, and the text checks.
import type { ArticleRow, IndicatorRow } from "../../schemas/columns.js";

export interface GoldIndicator {
  evidence: string;
  value?: number;
  value_min?: number;
  value_max?: number;
  unit: string;
  qualifier: string;
  period: string | null;
  indicator: string;
  target?: boolean;
}

export interface GoldArticle {
  file: string;
  article: {
    title: string | null;
    published: string | null;
    publisher: string | null;
    author?: string | null;
    script: string | null;
    region: { code: string | null } | null;
  };
  text_must_contain: string[];
  text_must_not_contain: string[];
  indicators: GoldIndicator[];
}

export const KEY_INDICATORS = new Set([
  "housing_purchase_subsidy", "rent_subsidy", "living_allowance", "startup_grant", "startup_loan", "talent_fund",
  "public_institution_posts", "talent_apartments", "talent_stock", "talents_introduced", "graduates_retained", "subsidies_disbursed",
]);

const near = (a: number | null | undefined, b: number | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export const sameFigure = (g: GoldIndicator, p: IndicatorRow) =>
  g.unit === p.unit && (g.qualifier === "range" ? near(g.value_min, p.value_min) && near(g.value_max, p.value_max) : p.qualifier !== "range" && near(g.value, p.value));

const sharedChars = (a: string, b: string) => {
  const chars = new Set(b);
  return [...a].filter((c) => chars.has(c)).length;
};

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const describeGold = (g: GoldIndicator) => `${g.value ?? `${g.value_min}–${g.value_max}`} ${g.unit} ${g.indicator}`;

export interface Score {
  quantityF1: number;
  keyF1: number;
  attributeAccuracy: { qualifier: number; period: number; indicator: number; target: number };
  metadataAccuracy: number;
  textChecks: number;
  misses: string[];
}

const METADATA_FIELDS = ["title", "published", "publisher", "script", "region_code"] as const;
const withoutSpace = (s: unknown) => String(s ?? "").replace(/\s+/g, "");

export function scoreRelease(golds: readonly GoldArticle[], rows: readonly IndicatorRow[], articles: readonly ArticleRow[]): Score {
  let tp = 0, fp = 0, fn = 0, keyTp = 0, keyFp = 0, keyFn = 0;
  const agree = { qualifier: [0, 0], period: [0, 0], indicator: [0, 0], target: [0, 0] };
  const metadata = [0, 0];
  const text = [0, 0];
  const misses: string[] = [];
  for (const gold of golds) {
    const predicted = rows.filter((r) => r.source_file === gold.file);
    const used = new Set<number>();
    for (const g of gold.indicators) {
      let best = -1;
      predicted.forEach((p, i) => {
        if (!used.has(i) && sameFigure(g, p) && (best < 0 || sharedChars(g.evidence, p.evidence) > sharedChars(g.evidence, predicted[best].evidence))) best = i;
      });
      if (best < 0) { fn++; misses.push(`MISS  ${gold.file}: ${g.evidence} (${describeGold(g)})`); continue; }
      used.add(best);
      tp++;
      const p = predicted[best];
      const got = { qualifier: p.qualifier, period: p.period, indicator: p.indicator, target: p.is_target };
      const want = { qualifier: g.qualifier, period: g.period ?? null, indicator: g.indicator, target: g.target ?? false };
      for (const attr of ["qualifier", "period", "indicator", "target"] as const) {
        if (attr === "indicator" && g.indicator === "other") continue;
        agree[attr][1]++;
        if (want[attr] === got[attr]) agree[attr][0]++;
        else misses.push(`WRONG ${gold.file}: ${g.evidence}: ${attr} ${got[attr]} instead of ${want[attr]}`);
      }
    }
    predicted.forEach((p, i) => {
      if (!used.has(i)) { fp++; misses.push(`EXTRA ${gold.file}: ${p.evidence} (${p.value ?? `${p.value_min}–${p.value_max}`} ${p.unit} ${p.indicator})`); }
    });
    const goldKey = gold.indicators.filter((g) => KEY_INDICATORS.has(g.indicator));
    const predKey = predicted.filter((p) => KEY_INDICATORS.has(p.indicator));
    const usedKey = new Set<number>();
    for (const g of goldKey) {
      const i = predKey.findIndex((p, j) => !usedKey.has(j) && sameFigure(g, p) && p.indicator === g.indicator);
      if (i >= 0) usedKey.add(i);
    }
    keyTp += usedKey.size; keyFn += goldKey.length - usedKey.size; keyFp += predKey.length - usedKey.size;

    const article = articles.find((a) => a.source_file === gold.file);
    const wanted = { ...gold.article, region_code: gold.article.region?.code ?? null };
    for (const field of METADATA_FIELDS) {
      if (wanted[field] === null || wanted[field] === undefined) continue;
      metadata[1]++;
      if (withoutSpace(article?.[field]) === withoutSpace(wanted[field])) metadata[0]++;
      else misses.push(`META  ${gold.file}: ${field} ${article?.[field] ?? null} instead of ${wanted[field]}`);
    }
    const body = withoutSpace(article?.text);
    for (const snippet of gold.text_must_contain) {
      text[1]++;
      if (body.includes(withoutSpace(snippet))) text[0]++; else misses.push(`TEXT  ${gold.file}: lacks ${snippet}`);
    }
    for (const snippet of gold.text_must_not_contain) {
      text[1]++;
      if (body !== "" && !body.includes(withoutSpace(snippet))) text[0]++; else misses.push(`TEXT  ${gold.file}: still has ${snippet}`);
    }
  }
  const ratio = ([a, b]: number[]) => (b === 0 ? 1 : a / b);
  return {
    quantityF1: f1(tp, fp, fn),
    keyF1: f1(keyTp, keyFp, keyFn),
    attributeAccuracy: { qualifier: ratio(agree.qualifier), period: ratio(agree.period), indicator: ratio(agree.indicator), target: ratio(agree.target) },
    metadataAccuracy: ratio(metadata),
    textChecks: ratio(text),
    misses,
  };
}
