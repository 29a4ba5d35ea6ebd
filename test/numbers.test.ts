import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseChineseNumber } from "../pipeline/numbers/parse-chinese-number.js";

/** Writes a non-negative integer below 10^16 in Chinese numerals, in one of several registers. */
interface Style {
  digits: string[];
  ten: string;
  hundred: string;
  thousand: string;
  /** Write 10–19 as 十五 rather than 一十五 when nothing precedes. */
  bareTen: boolean;
  /** Write 两 for a 2 before 百, 千 and 万 (两千, 两万). */
  liang: boolean;
}

const PLAIN: Style = { digits: [..."零一二三四五六七八九"], ten: "十", hundred: "百", thousand: "千", bareTen: true, liang: false };
const FINANCIAL: Style = { digits: [..."零壹贰叁肆伍陆柒捌玖"], ten: "拾", hundred: "佰", thousand: "仟", bareTen: false, liang: false };
const SPOKEN: Style = { ...PLAIN, liang: true };

/** A number below 10000; `leading` when nothing is written before it. */
function writeSection(n: number, style: Style, leading: boolean): string {
  const places: [number, string][] = [[1000, style.thousand], [100, style.hundred], [10, style.ten], [1, ""]];
  let out = "";
  let pendingZero = false;
  let started = false;
  for (const [place, unit] of places) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += style.digits[0];
    pendingZero = false;
    let digit = style.digits[d]!;
    if (d === 2 && style.liang && place >= 100) digit = "两";
    if (place === 10 && d === 1 && style.bareTen && leading && !started) digit = "";
    out += digit + unit;
    started = true;
  }
  return out;
}

/** Below 10^8: [section]万[零][section]. */
function writeBelowYi(n: number, style: Style, leading: boolean): string {
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high > 0 ? writeSection(high, style, leading) + "万" : "";
  if (low > 0) out += (high > 0 && low < 1000 ? style.digits[0] : "") + writeSection(low, style, leading && high === 0);
  return out;
}

function writeChinese(n: number, style: Style): string {
  if (n === 0) return style.digits[0]!;
  const high = Math.floor(n / 1e8);
  const low = n % 1e8;
  let out = high > 0 ? writeBelowYi(high, style, true) + "亿" : "";
  if (low > 0) out += (high > 0 && low < 1e7 ? style.digits[0] : "") + writeBelowYi(low, style, high === 0);
  return out;
}

describe("the Chinese numeral writer used by the property tests", () => {
  test("writes the usual forms", () => {
    expect(writeChinese(10, PLAIN)).toBe("十");
    expect(writeChinese(15, FINANCIAL)).toBe("壹拾伍");
    expect(writeChinese(1001, PLAIN)).toBe("一千零一");
    expect(writeChinese(100010001001, PLAIN)).toBe("一千亿一千万一千零一");
    expect(writeChinese(2200, SPOKEN)).toBe("两千两百");
    expect(writeChinese(100000001, PLAIN)).toBe("一亿零一");
  });
});

describe("parseChineseNumber: properties", () => {
  test("an integer written in Chinese numerals parses back to the integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(PLAIN, FINANCIAL, SPOKEN), (n, style) => {
        expect(parseChineseNumber(writeChinese(n, style))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  test("an integer written in Arabic digits, with or without separators, full- or half-width, parses back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom("plain", "comma", "fullwidth"), (n, form) => {
        let s = form === "comma" ? n.toLocaleString("en-US") : String(n);
        if (form === "fullwidth") s = s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parseChineseNumber(s)).toBe(n);
      }),
    );
  });

  test("an Arabic decimal times 万 or 亿 parses to the exact product", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(["万", 4], ["亿", 8]), (digits, decimals, [word, power]) => {
        const written = (digits / 10 ** decimals).toFixed(decimals);
        expect(parseChineseNumber(written + word)).toBe(Number(`${written}e${power}`));
      }),
    );
  });
});

describe("parseChineseNumber: forms", () => {
  test.each([
    ["1,200", 1200], ["1，200", 1200], ["82，225.00", 82225], ["１２３４", 1234], ["3.14", 3.14], [".5", 0.5],
    ["零", 0], ["〇", 0], ["二〇二二", 2022], ["两", 2], ["十", 10], ["十一", 11], ["一百零一", 101],
    ["一千零十", 1010], ["一万零百一十一", 10111], ["两万亿", 2e12], ["十万亿", 1e13], ["四万万", 4e8],
    ["壹佰贰拾叁", 123], ["玖仟陆佰陆拾伍", 9665], ["參拾參", 33], ["拾", 10], ["廿三", 23], ["卅", 30], ["五百卅四", 534],
    ["幺", 1], ["百亿", 1e10], ["千万", 1e7], ["百二萬", 1.2e6], ["萬九", 19000], ["千一", 1100],
    ["4.3万", 43000], ["1.97萬", 19700], ["36.57億", 3657000000], ["3万5千", 35000], ["1.2亿", 1.2e8], ["100万三千", 1003000],
    ["200亿零四千230", 20000004230], ["1百01", 101], ["3千万亿", 3e15], ["两个亿", 2e8], ["120 万", 1.2e6],
    ["44个亿", 4.4e9], ["16.8个亿", 1.68e9], ["1个亿", 1e8], ["3个万", 30000], ["二○二二", 2022], ["20，300", 20300], ["１，２３４", 1234],
    ["三万五", 35000], ["两千六", 2600], ["一百二", 120], ["一百二十万三", 1203000],
    ["三点五", 3.5], ["负五点五", -5.5], ["一点二亿", 1.2e8], ["零点零一", 0.01], ["一百点123", 100.123], ["兩千三點一", 2300.1],
    ["二分之一", 0.5], ["1/2", 0.5], ["半", 0.5], ["一半", 0.5], ["半百", 50], ["一又十分之一", 1.1],
    ["15%", 15], ["１５％", 15], ["百分之十五", 15], ["百分之百", 100], ["千分之五", 0.5], ["3个百分点", 3], ["1.5個百分點", 1.5],
    ["三成", 30], ["三成半", 35], ["7.2成", 72],
    ["负1,200,000", -1.2e6], ["負一百二十萬", -1.2e6], ["-10.1万", -101000], ["负 3", -3],
    ["15k", 15000], ["30w", 300000], ["1.2M", 1.2e6], ["五打", 60],
  ])("%s → %d", (s, value) => {
    expect(parseChineseNumber(s)).toBe(value);
  });

  test("三分之一 is one third", () => {
    expect(parseChineseNumber("三分之一")).toBeCloseTo(1 / 3, 12);
  });

  test.each([
    ["三五百", 300, 500], ["八九亿", 8e8, 9e8], ["十五六", 15, 16], ["十几万", 100000, 200000], ["几十万", 100000, 1000000],
    ["数十亿", 1e9, 1e10], ["二十几", 20, 30], ["3000多", 3000, 4000], ["7万余", 70000, 80000], ["十多万", 100000, 200000],
    ["一千多万", 1e7, 2e7], ["4100余", 4100, 4200], ["十几个亿", 1e9, 2e9], ["几个亿", 1e8, 1e9],
  ])("%s spans [%d, %d]", (s, min, max) => {
    expect(parseChineseNumber(s)).toEqual({ min, max });
  });

  test.each(["", "万", "亿元", "百", "千人", "人才", "abc", "5G", "第一", "三五百人", "3万元", "1 1", "十万零", "1，2345", "3个亿元以上", "5个万人"])("%j is not a whole number", (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});
