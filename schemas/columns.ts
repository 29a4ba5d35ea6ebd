// The column registry: every published column is declared here once, with its zod schema and
// its documentation. The row schemas, CSV headers, Arrow schemas, JSON Schemas, datapackage.json
// and DATA_DICTIONARY.md are all derived from these declarations.
import { z } from "zod";
import { FORMATS, INDICATOR_CODES, PERIODS, QUALIFIERS, SCRIPTS, UNIT_CODES } from "./codes.js";

export interface ColumnDoc {
  title_zh: string;
  title_en: string;
  description: string;
  /** Unit of the values, for the data dictionary (a custom property in datapackage.json). */
  unit?: string;
  example: string | number | boolean | null;
}

export interface Column<S extends z.ZodType = z.ZodType> extends ColumnDoc {
  schema: S;
}

const column = <S extends z.ZodType>(schema: S, doc: ColumnDoc): Column<S> => ({ schema, ...doc });

type Columns = Record<string, Column>;
type RowShape<C extends Columns> = { [K in keyof C]: C[K]["schema"] };

/** A zod object schema of one table's rows, in column order, rejecting unknown keys. */
export const rowSchema = <C extends Columns>(columns: C) =>
  z.strictObject(Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, c.schema])) as RowShape<C>);

const articleId = z.string().regex(/^[0-9a-f]{16}$/);
const regionCode = z.string().regex(/^\d{6}$/).nullable();
const isoDate = z.iso.date().nullable();
const sourceFile = column(z.string().min(1), {
  title_zh: "源文件", title_en: "Source file",
  description: "Path of the raw article file, relative to the raw folder, with forward slashes.",
  example: "001_22c90fdcf88f9a11.txt",
});

export const articleColumns = {
  id: column(articleId, {
    title_zh: "文章编号", title_en: "Article id",
    description: "Stable id: the first 16 hex digits of the SHA-256 of the cleaned, Simplified text. The same article re-encoded or re-saved keeps its id.",
    example: "3f1c2a9b8d7e6f50",
  }),
  source_file: sourceFile,
  sha256: column(z.string().regex(/^[0-9a-f]{64}$/), {
    title_zh: "原始文件哈希", title_en: "SHA-256 of raw bytes",
    description: "SHA-256 of the raw file's bytes, hex.", example: "05e16e586b8fd86e…",
  }),
  title: column(z.string().min(1).nullable(), {
    title_zh: "标题", title_en: "Title", description: "Article headline, Simplified script; null when the file does not give one.",
    example: "长春市坚定不移深化人才强市战略",
  }),
  published: column(isoDate, {
    title_zh: "发布日期", title_en: "Published", description: "Publication date (YYYY-MM-DD) as stated by the article or its page; null when not stated.",
    example: "2022-07-07",
  }),
  publisher: column(z.string().min(1).nullable(), {
    title_zh: "发布媒体", title_en: "Publisher", description: "Outlet that published the article (not the site that copied it), Simplified script.",
    example: "黑龙江日报",
  }),
  author: column(z.string().min(1).nullable(), {
    title_zh: "作者", title_en: "Author", description: "Byline: a person or an organisation, Simplified script.", example: "任鹏来",
  }),
  url: column(z.string().min(1).nullable(), {
    title_zh: "网址", title_en: "URL", description: "Address of the article as given by the file or the manifest.", example: null,
  }),
  region_code: column(regionCode, {
    title_zh: "行政区划代码", title_en: "Region code",
    description: "GB/T 2260 six-digit code of the most specific administrative division the article is about (county level where the article is about one county or district, else city or province).",
    example: "230111",
  }),
  province: column(z.string().min(1).nullable(), {
    title_zh: "省级", title_en: "Province", description: "Province-level division of the region.", example: "黑龙江省",
  }),
  city: column(z.string().min(1).nullable(), {
    title_zh: "地级", title_en: "City", description: "Prefecture-level city of the region; null for a province, or for a unit directly under its province.", example: "哈尔滨市",
  }),
  county: column(z.string().min(1).nullable(), {
    title_zh: "县级", title_en: "County", description: "County-level division (county, district, county-level city) of the region, when the article is about one.", example: "呼兰区",
  }),
  script: column(z.enum(SCRIPTS), {
    title_zh: "原文字体", title_en: "Script", description: "Script of the raw text: simplified, traditional or mixed (share of characters changed by conversion).",
    example: "traditional",
  }),
  encoding: column(z.string().min(1), {
    title_zh: "字符编码", title_en: "Encoding", description: "Character encoding the raw bytes were decoded with (WHATWG label).", example: "utf-8",
  }),
  format: column(z.enum(FORMATS), {
    title_zh: "文件格式", title_en: "Format", description: "Form of the raw file: markdown (front matter and HTML body), html (whole page) or text (copied from a page).",
    example: "text",
  }),
  char_count: column(z.int32().min(0), {
    title_zh: "字数", title_en: "Characters", description: "Length of `text` in Unicode code points.", unit: "characters", example: 3120,
  }),
  indicator_count: column(z.int32().min(0), {
    title_zh: "指标数", title_en: "Indicators", description: "Number of rows of this article in the indicators table.", unit: "rows", example: 29,
  }),
  text: column(z.string().min(1), {
    title_zh: "正文", title_en: "Text", description: "Cleaned article body in Simplified script, one paragraph per line; offsets in the indicators table point into it.",
    example: "拿出1万个事业编制招引紧缺人才;…",
  }),
};

const amount = z.number().finite().nullable();
const offset = z.int32().min(0);

export const indicatorColumns = {
  id: column(z.string().regex(/^[0-9a-f]{16}$/), {
    title_zh: "指标编号", title_en: "Indicator id",
    description: "Stable id: hash of the article id and the fact (indicator, unit, value or bounds, qualifier, period, target); unchanged across releases while the fact is unchanged.",
    example: "9c0d3e4f5a6b7c8d",
  }),
  article_id: column(articleId, {
    title_zh: "文章编号", title_en: "Article id", description: "The article the figure comes from (articles.id).", example: "3f1c2a9b8d7e6f50",
  }),
  source_file: sourceFile,
  region_code: column(regionCode, {
    title_zh: "行政区划代码", title_en: "Region code", description: "Region of the article (articles.region_code), repeated for convenience.", example: "220100",
  }),
  published: column(isoDate, {
    title_zh: "发布日期", title_en: "Published", description: "Publication date of the article (articles.published), repeated for convenience.", example: "2022-07-07",
  }),
  indicator: column(z.enum(INDICATOR_CODES), {
    title_zh: "指标代码", title_en: "Indicator", description: "What the figure measures: a code of indicator_codes.", example: "housing_purchase_subsidy",
  }),
  value: column(amount, {
    title_zh: "数值", title_en: "Value", description: "The figure in base units (15万元 → 150000); null for a range.", unit: "see unit", example: 150000,
  }),
  value_min: column(amount, {
    title_zh: "下限", title_en: "Lower bound", description: "Lower end of a range (1000至3000元 → 1000); null otherwise.", unit: "see unit", example: null,
  }),
  value_max: column(amount, {
    title_zh: "上限", title_en: "Upper bound", description: "Upper end of a range (1000至3000元 → 3000); null otherwise.", unit: "see unit", example: null,
  }),
  unit: column(z.enum(UNIT_CODES), {
    title_zh: "单位", title_en: "Unit",
    description: "CNY (yuan), person, person_time, item (counted things and events), percent, rank, m2, or the ISO 4217 code of another currency (never converted).",
    example: "CNY",
  }),
  qualifier: column(z.enum(QUALIFIERS), {
    title_zh: "限定", title_en: "Qualifier",
    description: "exact; min (a lower bound: 以上, 超过, 余, 多 …); max (an upper bound: 最高, 不超过 …); approx (近, 约, 左右); range (value_min to value_max).",
    example: "max",
  }),
  period: column(z.enum(PERIODS).nullable(), {
    title_zh: "周期", title_en: "Period", description: "How often a payment or flow recurs: one_off, per_month, per_year; null when it does not apply.", example: "one_off",
  }),
  is_target: column(z.boolean(), {
    title_zh: "是否目标", title_en: "Is target", description: "true for a goal or plan (目标, 计划, 力争 …), false for a policy term or an outcome.", example: false,
  }),
  counter: column(z.string().min(1).nullable(), {
    title_zh: "量词", title_en: "Counter", description: "Unit or measure word as written (万元, 人, 家, 人次).", example: "万元",
  }),
  surface: column(z.string().min(1), {
    title_zh: "原始表述", title_en: "Surface", description: "The figure exactly as written in the cleaned text, with its bound words.", example: "最高15万元",
  }),
  evidence: column(z.string().min(1), {
    title_zh: "依据", title_en: "Evidence", description: "The clause the figure comes from, Simplified script.", example: "符合条件的人才给予最高15万元的购房补贴",
  }),
  evidence_original: column(z.string().min(1), {
    title_zh: "依据原文", title_en: "Evidence (original script)", description: "The same clause in the script of the raw file.", example: "符合條件的人才給予最高15萬元的購房補貼",
  }),
  start: column(offset, {
    title_zh: "起始位置", title_en: "Start", description: "Offset of the surface in articles.text, in Unicode code points, from 0.", unit: "characters", example: 412,
  }),
  end: column(offset, {
    title_zh: "结束位置", title_en: "End", description: "End of the surface in articles.text (exclusive), in Unicode code points.", unit: "characters", example: 418,
  }),
  source_start: column(offset, {
    title_zh: "原文起始位置", title_en: "Source start", description: "Offset of the surface in the decoded raw file, in Unicode code points.", unit: "characters", example: 1520,
  }),
  source_end: column(offset, {
    title_zh: "原文结束位置", title_en: "Source end", description: "End of the surface in the decoded raw file (exclusive), in Unicode code points.", unit: "characters", example: 1526,
  }),
};

export const indicatorCodeColumns = {
  code: column(z.enum(INDICATOR_CODES), {
    title_zh: "指标代码", title_en: "Code", description: "Indicator code used in indicators.indicator.", example: "rent_subsidy",
  }),
  name_zh: column(z.string().min(1), { title_zh: "中文名称", title_en: "Chinese name", description: "Name in Chinese.", example: "租房补贴" }),
  name_en: column(z.string().min(1), { title_zh: "英文名称", title_en: "English name", description: "Name in English.", example: "Rent subsidy" }),
  definition: column(z.string().min(1), { title_zh: "定义", title_en: "Definition", description: "What the code covers.", example: "Rent subsidy offered to a person." }),
  unit: column(z.string().min(1), {
    title_zh: "单位", title_en: "Unit",
    description: "Units a value of the indicator may have, comma-separated; CNY stands for the yuan or another currency's ISO 4217 code.",
    example: "item, m2",
  }),
};

export const ArticleRow = rowSchema(articleColumns);
export type ArticleRow = z.infer<typeof ArticleRow>;
export const IndicatorRow = rowSchema(indicatorColumns);
export type IndicatorRow = z.infer<typeof IndicatorRow>;
export const IndicatorCodeRow = rowSchema(indicatorCodeColumns);
export type IndicatorCodeRow = z.infer<typeof IndicatorCodeRow>;

/** One published table: its name, its columns and what identifies a row. */
export interface TableSpec {
  name: string;
  title: string;
  description: string;
  columns: Columns;
  primaryKey: string;
  foreignKeys: { fields: string; reference: { resource: string; fields: string } }[];
  /** Whether the table is also published as Arrow (code lists are CSV and JSON only). */
  arrow: boolean;
}

export const tables = {
  articles: {
    name: "articles", title: "Articles", description: "One row per article: its source, metadata, region and cleaned text.",
    columns: articleColumns, primaryKey: "id", foreignKeys: [], arrow: true,
  },
  indicators: {
    name: "indicators", title: "Indicators", description: "One row per numeric indicator (long format), with its evidence and source.",
    columns: indicatorColumns, primaryKey: "id",
    foreignKeys: [
      { fields: "article_id", reference: { resource: "articles", fields: "id" } },
      { fields: "indicator", reference: { resource: "indicator_codes", fields: "code" } },
    ],
    arrow: true,
  },
  indicator_codes: {
    name: "indicator_codes", title: "Indicator codes", description: "The code list of indicators.indicator.",
    columns: indicatorCodeColumns, primaryKey: "code", foreignKeys: [], arrow: false,
  },
} satisfies Record<string, TableSpec>;
