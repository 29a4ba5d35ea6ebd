// Calendar dates as articles, their pages and their metadata write them: 2021-12-23, 2021/12/23,
// 2021.12.23, 2022年5月6日, 二〇二二年五月六日, full-width ２０２２－０５－０６. A year with an issue
// number (2021年第4期) or a bare year is not a date; neither is a run of digits glued into a file
// name (微信图片_20220517151231), nor parts joined by different separators (2022-05.06).
import { halfWidth } from "./width.js";

/** A date found in a line: ISO form and where it is. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

// Years a news article can carry; outside them a match is a number, not a date.
const EARLIEST_YEAR = 1949;
const LATEST_YEAR = 2100;

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_DIGIT = "〇零O一二三四五六七八九";

// Not preceded or followed by a digit, so that 120221223 or 2021-12-234 never yield a date.
const NUMERIC_DATE = /(?<!\d)(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/g;
const WRITTEN_DATE = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const HAN_DATE = new RegExp(`([${HAN_DIGIT}]{4})年([十${HAN_DIGIT}]{1,2})月([十${HAN_DIGIT}]{1,3})[日号]`, "g");
// A date written without separators, as metadata and file names carry it (20220506).
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})/;
const URL = /(?:https?:)?\/\/\S+|www\.\S+/g;
// What may follow a date in a metadata value: a time of day, a time zone, a weekday
// (2022-05-06 15:52:19 +0800, 2022-05-06T07:52:19.000Z, 2022年5月6日 10:20 星期五).
const TIME_OF_DAY = /^(?:[T\s]*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?\s*(?:Z|(?:GMT|UTC)?\s*[+-]\d{2}:?\d{2}|GMT|UTC|CST)?\s*(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?\s*$/i;

function hanNumber(text: string): number {
  if (!text.includes("十")) return [...text].reduce((n, ch) => n * 10 + HAN_DIGITS[ch], 0);
  const [tens, ones] = text.split("十");
  return (tens === "" ? 1 : HAN_DIGITS[tens]) * 10 + (ones === "" ? 0 : HAN_DIGITS[ones]);
}

/** YYYY-MM-DD when the parts make a real calendar date in a plausible publishing range. */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every date written in `line`, in order of position. URLs are skipped: their paths hold dates of their own. */
export function findDates(line: string): FoundDate[] {
  const text = halfWidth(line).replace(URL, (url) => " ".repeat(url.length));
  const found: FoundDate[] = [];
  const collect = (pattern: RegExp, parts: (m: RegExpExecArray) => [number, number, number]) => {
    for (const m of text.matchAll(pattern)) {
      const iso = isoDate(...parts(m));
      if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
    }
  };
  collect(NUMERIC_DATE, (m) => [Number(m[1]), Number(m[3]), Number(m[4])]);
  collect(WRITTEN_DATE, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
  collect(HAN_DATE, (m) => [hanNumber(m[1]), hanNumber(m[2]), hanNumber(m[3])]);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A metadata value that is a date, as ISO YYYY-MM-DD: the whole value is one calendar date in any
 * form findDates reads, or YYYYMMDD, optionally followed by a time of day, a time zone or a
 * weekday. Anything else (2022-05.06, 12022-05-06, 2022-02-30, 发布于2022-05-06) is null.
 */
export function toIsoDate(value: string): string | null {
  const text = halfWidth(value).trim();
  const date = findDates(text)[0];
  if (date) return date.start === 0 && TIME_OF_DAY.test(text.slice(date.end)) ? date.iso : null;
  const compact = COMPACT_DATE.exec(text);
  if (!compact || !TIME_OF_DAY.test(text.slice(compact[0].length))) return null;
  return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
}
