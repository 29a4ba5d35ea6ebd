import { describe, expect, test } from "vitest";
import { findQuantities } from "../pipeline/numbers/find-quantities.js";
import { findLineQuantities } from "../pipeline/numbers/line-quantities.js";
import { cleanArticle } from "../pipeline/stages/clean.js";
import { ingestArticle } from "../pipeline/stages/ingest.js";
import { sourceSpanOf } from "../pipeline/text/mapped-text.js";

type Expected = { text: string; value?: number | null; min?: number; max?: number; unit: string | null; qualifier?: string; counter?: string | null };

/** The quantities of a line, reduced to the fields a case states. */
function found(line: string) {
  return findQuantities(line).map((q) => ({ ...q, slice: line.slice(q.start, q.end) }));
}

function check(line: string, expected: Expected[]) {
  const qs = found(line);
  expect(qs.map((q) => q.text)).toEqual(expected.map((e) => e.text));
  qs.forEach((q, k) => {
    const e = expected[k]!;
    expect(q.slice).toBe(q.text);
    expect(q.unit).toBe(e.unit);
    expect(q.qualifier).toBe(e.qualifier ?? "exact");
    if (e.value !== undefined) expect(q.value).toBe(e.value);
    if (e.min !== undefined) expect(q.value_min).toBe(e.min);
    if (e.max !== undefined) expect(q.value_max).toBe(e.max);
    if (e.counter !== undefined) expect(q.counter).toBe(e.counter);
  });
}

describe("findQuantities on the seed articles", () => {
  test("targets listed in one sentence (经济日报)", () => {
    check("今年，绥化确立了签约内资项目资金400亿元、新增高新技术企业30家、建设科技创新平台20家、引进各类人才4000人的全年工作目标。", [
      { text: "400亿元", value: 4e10, unit: "CNY", counter: "亿元" },
      { text: "30家", value: 30, unit: "item", counter: "家" },
      { text: "20家", value: 20, unit: "item" },
      { text: "4000人", value: 4000, unit: "person", counter: "人" },
    ]);
  });

  test("余 makes a lower bound one place wide", () => {
    check("活动直播共7万余人收看，53家企业线上招聘2995人，收到应聘简历4100余份。", [
      { text: "7万余人", value: 70000, min: 70000, max: 80000, unit: "person", qualifier: "min", counter: "人" },
      { text: "53家", value: 53, unit: "item" },
      { text: "2995人", value: 2995, unit: "person" },
      { text: "4100余份", value: 4100, min: 4100, max: 4200, unit: "item", qualifier: "min" },
    ]);
  });

  test("bound words before the figure", () => {
    check("符合条件的人才给予最高15万元的购房补贴", [{ text: "最高15万元", value: 150000, unit: "CNY", qualifier: "max", counter: "万元" }]);
    check("项目总投资超70亿元", [{ text: "超70亿元", value: 7e9, unit: "CNY", qualifier: "min" }]);
    check("阅读人次累计超过5万", [{ text: "超过5万", value: 50000, unit: null, qualifier: "min", counter: null }]);
    check("每年区财政预算安排专项资金不低于120万元", [{ text: "不低于120万元", value: 1.2e6, unit: "CNY", qualifier: "min" }]);
  });

  test("durations, 一次性 and the indefinite 一 are not quantities", () => {
    check("连续3年每月给予最高3000元的补贴，最高10万元的一次性生活补贴", [
      { text: "最高3000元", value: 3000, unit: "CNY", qualifier: "max" },
      { text: "最高10万元", value: 100000, unit: "CNY", qualifier: "max" },
    ]);
    check("坚持每季度至少召开一次人才工作联席会", []);
    check("王国臣是2019年从哈汽集团引进来的一名技术人才", []);
  });

  test("Traditional script: 萬, 佔, 達, 第N位, 人次", () => {
    check("大慶市人才總量達到48.9萬人以上，佔全市常住人口(278萬)的17.6%", [
      { text: "48.9萬人以上", value: 489000, unit: "person", qualifier: "min", counter: "萬人" },
      { text: "278萬", value: 2780000, unit: null },
      { text: "17.6%", value: 17.6, unit: "percent" },
    ]);
    check("大慶青年人才比例指數排名全國第39位", [{ text: "第39位", value: 39, unit: "rank", counter: "位" }]);
    check("累計接待市內外高校師生近5.2萬人次", [{ text: "近5.2萬人次", value: 52000, unit: "person_time", qualifier: "approx", counter: "萬人次" }]);
    check("“打捆引才” 三年引才4.3萬人", [{ text: "4.3萬人", value: 43000, unit: "person" }]);
  });

  test("ordinals, titles, identifiers, dates and page chrome are not quantities", () => {
    check("中國城市競爭力第19次報告發佈數據", []);
    check("来源:《党建研究》2021年第4期", []);
    check("收听本文 00:00/00:00", []);
    check("date: 2022-05-06 15:52:19 +0800", []);
    check("微信图片_20220517151231", []);
    check("辅酶Q10", []);
    check("通过“绥化党建e家”微信公众号看到引才政策“金十条”", []);
    check("全力融入“3+N”国家人才战略", []);
    check("省第十二次党代会提出", []);
    check("一是坚持党管人才原则。", []);
  });

  test("a range carries its unit to the left end", () => {
    check("每人每月给予1000至3000元租房补贴", [{ text: "1000至3000元", value: null, min: 1000, max: 3000, unit: "CNY", qualifier: "range" }]);
  });

  test("counts with 万, areas, and size classes read as written", () => {
    check("以2万套、100万平方米公寓", [
      { text: "2万套", value: 20000, unit: "item", counter: "万套" },
      { text: "100万平方米", value: 1e6, unit: "m2", counter: "万平方米" },
    ]);
    check("依托6个百亿元项目，302个十亿元以上项目", [
      { text: "6个", value: 6, unit: "item" },
      { text: "百亿元", value: 1e10, unit: "CNY" },
      { text: "302个", value: 302, unit: "item" },
      { text: "十亿元以上", value: 1e9, unit: "CNY", qualifier: "min" },
    ]);
    check("县主要领导30余次带队", [{ text: "30余次", value: 30, min: 30, max: 40, unit: "item", qualifier: "min" }]);
  });
});

describe("findQuantities on sentences in the style of other sites", () => {
  test("money ranges", () => {
    check("对领军人才给予200万—500万元资助", [{ text: "200万—500万元", min: 2e6, max: 5e6, unit: "CNY", qualifier: "range" }]);
    check("给予两到三万元补贴", [{ text: "两到三万元", min: 20000, max: 30000, unit: "CNY", qualifier: "range" }]);
    check("补贴标准为每人每月1500元至2500元", [{ text: "1500元至2500元", min: 1500, max: 2500, unit: "CNY", qualifier: "range" }]);
    check("奖励金额在3万与5万元之间", [{ text: "3万与5万元之间", min: 30000, max: 50000, unit: "CNY", qualifier: "range" }]);
    check("报账金额在1 万(含)-5 万元之间的交由上级批复", [{ text: "1 万(含)-5 万元之间", min: 10000, max: 50000, unit: "CNY", qualifier: "range" }]);
  });

  test("other currencies keep their value and code", () => {
    check("香港特区政府要求申请人年薪达250万港元或以上", [{ text: "250万港元或以上", value: 2.5e6, unit: "HKD", qualifier: "min" }]);
    check("为外籍高层次人才提供10万美元至20万美元的科研启动经费", [{ text: "10万美元至20万美元", min: 1e5, max: 2e5, unit: "USD", qualifier: "range" }]);
    check("台北市政府提供每月新台幣3萬元的租屋補貼，為期12個月", [{ text: "新台幣3萬元", value: 30000, unit: "TWD" }]);
    check("欧盟提供300万欧元援助", [{ text: "300万欧元", value: 3e6, unit: "EUR" }]);
    check("小额赔付港币两千九百六十元", [{ text: "港币两千九百六十元", value: 2960, unit: "HKD" }]);
  });

  test("Traditional financial numerals and fillers between the bound and the figure", () => {
    check("新設立的創業基金規模達十億元，每個項目最高可獲得伍拾萬元資助", [
      { text: "十億元", value: 1e9, unit: "CNY" },
      { text: "最高可獲得伍拾萬元", value: 500000, unit: "CNY", qualifier: "max" },
    ]);
  });

  test("percentages: %, 个百分点, 成, 以内, negatives", () => {
    check("全省高校毕业生留省就业率超六成，达62.3%", [
      { text: "超六成", value: 60, unit: "percent", qualifier: "min" },
      { text: "62.3%", value: 62.3, unit: "percent" },
    ]);
    check("城镇登记失业率控制在3.5%以内，同比下降0.3个百分点", [
      { text: "3.5%以内", value: 3.5, unit: "percent", qualifier: "max" },
      { text: "0.3个百分点", value: 0.3, unit: "percent" },
    ]);
    check("利润增长率为-3.5%", [{ text: "-3.5%", value: -3.5, unit: "percent" }]);
    check("残疾人就业率达到百分之八十五", [{ text: "百分之八十五", value: 85, unit: "percent" }]);
  });

  test("person-times, areas and approximations", () => {
    check("全年接待游客1.2亿人次，旅游收入达1,350.6亿元", [
      { text: "1.2亿人次", value: 1.2e8, unit: "person_time" },
      { text: "1,350.6亿元", value: 1.3506e11, unit: "CNY" },
    ]);
    check("人才公寓配租面积达5.6万平方米，共1200余套", [
      { text: "5.6万平方米", value: 56000, unit: "m2" },
      { text: "1200余套", value: 1200, unit: "item", qualifier: "min" },
    ]);
    check("累计发放人才补贴资金约3.8亿元，惠及人才近2万人次", [
      { text: "约3.8亿元", value: 3.8e8, unit: "CNY", qualifier: "approx" },
      { text: "近2万人次", value: 20000, unit: "person_time", qualifier: "approx" },
    ]);
    check("预计将带动就业三五百人，数十家企业参加", [
      { text: "三五百人", value: null, min: 300, max: 500, unit: "person", qualifier: "range" },
      { text: "数十家", value: null, min: 10, max: 100, unit: "item", qualifier: "range" },
    ]);
    check("引进高层次人才十几名", [{ text: "十几名", value: null, min: 10, max: 20, unit: "person", qualifier: "range" }]);
  });

  test("place names with a numeral in them are not numbers", () => {
    check("六盘水市和三门峡市各引进博士20名，七台河新建人才公寓300套", [
      { text: "20名", value: 20, unit: "person" },
      { text: "300套", value: 300, unit: "item" },
    ]);
    check("十堰引进人才1.2万人", [{ text: "1.2万人", value: 12000, unit: "person" }]);
  });

  test("签约 is not 约, and 第 makes an ordinal unless it ranks", () => {
    check("现场签约12个项目，总投资约120亿元", [
      { text: "12个", value: 12, unit: "item", qualifier: "exact" },
      { text: "约120亿元", value: 1.2e10, unit: "CNY", qualifier: "approx" },
    ]);
    check("该市GDP突破1.5万亿元，排名全国第18位，较上年提升2位", [
      { text: "突破1.5万亿元", value: 1.5e12, unit: "CNY", qualifier: "min" },
      { text: "第18位", value: 18, unit: "rank" },
      { text: "2", value: 2, unit: null },
    ]);
    check("第一，坚持人才引领发展的战略地位", []);
  });

  test("dates, months, days and list markers", () => {
    check("在2019-2021年间，全区共举办招聘会126场次", [{ text: "126场次", value: 126, unit: "item" }]);
    check("本次活动于9月27日在人才大厦举行，持续3天，吸引了500多家企业参与", [
      { text: "500多家", value: 500, min: 500, max: 600, unit: "item", qualifier: "min" },
    ]);
    check("（1）加大引才力度。2.发放一次性吸纳就业补贴，补贴期限为6个月", []);
    check("详情请访问 http://www.gov.cn/zhengce/2022-05/06/content_5688.htm 查看", []);
  });

  test("names, slogans and 5G are not figures; 《》 titles are skipped", () => {
    check("实施人才新政30条，修订《人才新政30条》", [{ text: "30条", value: 30, unit: "item" }]);
    check("建成5G基站2000个", [{ text: "2000个", value: 2000, unit: "item" }]);
    check("推行一对一服务、一窗受理", []);
  });

  test("round figures: a multiplier alone after a bound word", () => {
    check("近万名大学生参加，吸引上千家企业，带动逾百亿元投资", [
      { text: "近万名", value: 10000, unit: "person", qualifier: "approx" },
      { text: "上千家", value: 1000, unit: "item", qualifier: "min" },
      { text: "逾百亿元", value: 1e10, unit: "CNY", qualifier: "min" },
    ]);
    check("举办线上千人招聘会，开展“万名大学生看大庆”活动，成千上万的游客", []);
  });

  test("个 before 亿 is colloquial only when 亿 is the figure's own multiplier", () => {
    check("项目总投资两个亿", [{ text: "两个亿", value: 2e8, unit: "CNY", counter: "个亿" }]);
    check("新开工三个亿元以上项目", [{ text: "三个", value: 3, unit: "item" }]);
  });

  test("spoken money: N个亿 and N个万 after Arabic or Chinese digits are yuan unless a unit says otherwise", () => {
    check("全市每年人才资金投入44个亿，较五年前翻了一番", [{ text: "44个亿", value: 4.4e9, unit: "CNY", counter: "个亿" }]);
    check("去年人才专项资金达到16.8个亿，今年再增加1个亿", [
      { text: "16.8个亿", value: 1.68e9, unit: "CNY", counter: "个亿" },
      { text: "1个亿", value: 1e8, unit: "CNY", counter: "个亿" },
    ]);
    check("区里拿出一个亿用于人才工作", [{ text: "一个亿", value: 1e8, unit: "CNY", counter: "个亿" }]);
    check("单个项目补助可达二十几个万", [{ text: "二十几个万", value: null, min: 200000, max: 300000, unit: "CNY", qualifier: "range", counter: "个万" }]);
    check("每年统筹3到5个亿支持产业人才", [{ text: "3到5个亿", value: null, min: 3e8, max: 5e8, unit: "CNY", qualifier: "range" }]);
    check("基金规模约2个亿元", [{ text: "约2个亿元", value: 2e8, unit: "CNY", qualifier: "approx", counter: "个亿元" }]);
    check("引进外资港币两个亿", [{ text: "港币两个亿", value: 2e8, unit: "HKD" }]);
  });

  test("个 before a size class counts the things of that size", () => {
    check("今年新开工12个亿元以上项目，建成3个万人社区和2个万亩基地", [
      { text: "12个", value: 12, unit: "item", counter: "个" },
      { text: "3个", value: 3, unit: "item" },
      { text: "2个", value: 2, unit: "item" },
    ]);
  });

  test("a minus sign before digits, a dash between figures and in names", () => {
    check("一季度全省规上工业增加值同比增长-3.5%", [{ text: "-3.5%", value: -3.5, unit: "percent" }]);
    check("出口额同比增速 -12.6%，降幅收窄", [{ text: "-12.6%", value: -12.6, unit: "percent" }]);
    check("每家企业招聘3-5人，补贴3万-5万元", [
      { text: "3-5人", min: 3, max: 5, unit: "person", qualifier: "range" },
      { text: "3万-5万元", min: 30000, max: 50000, unit: "CNY", qualifier: "range" },
    ]);
    check("人才公寓位于A-3地块", []);
  });

  test("每人, 每月, 每年 between a bound word and its figure keep the bound", () => {
    check("购房补贴不超过每人1万元", [{ text: "不超过每人1万元", value: 10000, unit: "CNY", qualifier: "max" }]);
    check("博士后最高可获得每人每月3000元生活补助", [{ text: "最高可获得每人每月3000元", value: 3000, unit: "CNY", qualifier: "max" }]);
    check("研发投入不低于每年500万元", [{ text: "不低于每年500万元", value: 5e6, unit: "CNY", qualifier: "min" }]);
    check("补贴标准每人1万元", [{ text: "1万元", value: 10000, unit: "CNY", qualifier: "exact" }]);
  });

  test("Traditional and variant forms are read after conversion (澳門幣, ○, 〜)", () => {
    check("每名人才可獲資助50萬澳門幣", [{ text: "50萬澳門幣", value: 500000, unit: "MOP", counter: "萬澳門幣" }]);
    check("補貼標準為3〜5萬元", [{ text: "3〜5萬元", min: 30000, max: 50000, unit: "CNY", qualifier: "range" }]);
  });

  test("places gained in a ranking are not people", () => {
    check("较上年提升了3位", [{ text: "3", value: 3, unit: null }]);
  });

  test.fails("known gap: spaces inside 分之 (二分 之一) end the fraction", () => {
    check("概率为二分 之一", [{ text: "二分 之一", value: 0.5, unit: null }]);
  });

  test("money written with 角 and 分, and 块", () => {
    check("每股派发现金红利1元2角", [{ text: "1元2角", value: 1.2, unit: "CNY" }]);
    check("门票只要十块三毛钱", [{ text: "十块三毛钱", value: 10.3, unit: "CNY" }]);
  });
});

describe("findLineQuantities (the quantities command) reads a raw line as the pipeline does", () => {
  const lines = [
    "本届招聘会共有20，300人进场求职，达成就业意向1，200余人。",
    "对新引进的博士给予１２，０００元安家补贴，硕士给予8，000元。",
    "分别引进博士12，15名，各奖励5 万元和3 万元。",
    "全市每年人才资金投入44个亿，同比增长-3.5%。",
    "符合条件的人才购房补贴不超过每人1万元。",
  ];

  test("full-width commas group digits only before three digits, as text/normalize.ts decides", () => {
    expect(findLineQuantities(lines[0]!).map((q) => [q.text, q.value, q.unit])).toEqual([["20，300人", 20300, "person"], ["1，200余人", 1200, "person"]]);
    expect(findLineQuantities(lines[1]!).map((q) => [q.text, q.value])).toEqual([["１２，０００元", 12000], ["8，000元", 8000]]);
    expect(findLineQuantities(lines[2]!).map((q) => [q.text, q.value, q.unit])).toEqual([
      ["12", 12, null], ["15名", 15, "person"], ["5 万元", 50000, "CNY"], ["3 万元", 30000, "CNY"],
    ]);
  });

  test("the same quantities, values and spans as the clean and extract stages find", () => {
    const body = lines.join("\n") + "\n";
    const outcome = ingestArticle({ sourceFile: "article.txt", bytes: new TextEncoder().encode(body) }, { maxBytes: 1 << 20 });
    if (!outcome.ok) throw new Error(outcome.reason);
    const cleaned = cleanArticle(outcome.value);
    const pipeline = findQuantities(cleaned.simplified.text).map((q) => {
      const { decoded } = sourceSpanOf(cleaned, q.start, q.end);
      return { ...q, text: outcome.value.decoded.slice(decoded.start, decoded.end), start: decoded.start, end: decoded.end };
    });
    let lineStart = outcome.value.decoded.indexOf(lines[0]!);
    const command = lines.flatMap((line) => {
      const found = findLineQuantities(line).map((q) => ({ ...q, start: q.start + lineStart, end: q.end + lineStart }));
      lineStart += line.length + 1;
      return found;
    });
    expect(command.length).toBeGreaterThanOrEqual(10);
    expect(command).toEqual(pipeline);
  });
});
