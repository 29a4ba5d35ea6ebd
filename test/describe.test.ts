import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findDates, toIsoDate } from "../pipeline/text/dates.js";
import { creditedOutlet, creditNames, isHeadline, labelledFields, opensArticle, publisherName, withoutColumnTag, withoutSiteName } from "../pipeline/describe/header-lines.js";
import { lookupRegion, resolveRegion } from "../pipeline/describe/region.js";
import { cleanArticle } from "../pipeline/stages/clean.js";
import { describeArticle } from "../pipeline/stages/describe.js";
import { ingestArticle } from "../pipeline/stages/ingest.js";
import { identityMapped } from "../pipeline/text/mapped-text.js";
import { detectScript, toSimplified } from "../pipeline/text/script.js";
import type { CleanedArticle, DeclaredMetadata } from "../pipeline/types.js";

const NOTHING_DECLARED: DeclaredMetadata = { title: null, published: null, publisher: null, author: null, url: null };

/** A cleaned article as the clean stage hands it over: chrome lines and body in both scripts. */
function cleanedArticle(body: string, head: string[] = [], tail: string[] = []): CleanedArticle {
  const original = identityMapped(body);
  const simplifiedLines = (lines: string[]) => lines.map((line) => toSimplified(line));
  return {
    sourceFile: "test.txt",
    original,
    simplified: identityMapped(toSimplified(body)),
    script: detectScript(body),
    chrome: { head, tail, simplified: { head: simplifiedLines(head), tail: simplifiedLines(tail) } },
  };
}

const describeText = (body: string, head: string[] = [], tail: string[] = [], declared: Partial<DeclaredMetadata> = {}) =>
  describeArticle({ declared: { ...NOTHING_DECLARED, ...declared }, cleaned: cleanedArticle(body, head, tail) });

const seedLines = (name: string) => readFileSync(new URL(`../raw/${name}.txt`, import.meta.url), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);

describe("seed articles", () => {
  test("000: front matter title and date, （文章来源：经济日报） closing the body, the mirror's URL line", () => {
    const lines = seedLines("000_05e16e586b8fd86e");
    const paragraphs = lines.filter((l) => l.startsWith("<p")).flatMap((l) => l.split(/<\/p>\s*/)).map((p) => p.replace(/<[^>]+>/g, "").trim()).filter(Boolean);
    expect(paragraphs.at(-1)).toBe("（文章来源：经济日报）");
    const d = describeText(paragraphs.join("\n"), [], lines.slice(-2), {
      title: "黑龙江绥化：实施人才兴绥战略助力振兴发展",
      published: "2022-05-06 15:52:19 +0800",
    });
    expect(d).toMatchObject({
      title: "黑龙江绥化：实施人才兴绥战略助力振兴发展",
      published: "2022-05-06",
      publisher: "经济日报",
      author: "吴浩",
      url: "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202205062370668757",
      region_code: "231200", province: "黑龙江省", city: "绥化市", county: null,
    });
  });

  test("001: Traditional headline and 來源:黑龍江日報 | date line; 編輯 is not the author", () => {
    const lines = seedLines("001_22c90fdcf88f9a11");
    const d = describeText(lines.slice(2, -8).join("\n"), lines.slice(0, 2), lines.slice(-8));
    expect(d).toMatchObject({
      title: "“青年”大庆 “活力”满满",
      published: "2021-12-23",
      publisher: "黑龙江日报",
      author: "徐卫、刘楠、赵吉会",
      region_code: "230600", city: "大庆市", county: null,
    });
  });

  test("002: a bullet byline ■ 任鵬來 is the author, not the title; the district the article is about", () => {
    const lines = seedLines("002_323526e4ccb9a895");
    const d = describeText(lines.slice(1).join("\n"), lines.slice(0, 1));
    expect(d).toMatchObject({
      title: null, published: null, publisher: null, author: "任鹏来",
      region_code: "230111", province: "黑龙江省", city: "哈尔滨市", county: "呼兰区",
    });
  });

  test("003: title among chrome lines, organisation byline, 来源:《党建研究》2021年第4期 is a journal issue, not a date", () => {
    const lines = seedLines("003_ca723884341d031c");
    const bodyStart = lines.findIndex((l) => l.startsWith("习近平总书记指出"));
    const d = describeText(lines.slice(bodyStart).join("\n"), lines.slice(0, bodyStart));
    expect(d).toMatchObject({
      title: "倾力打造欠发达地区人才工作高地",
      published: null,
      publisher: "党建研究",
      author: "中共山东省阳谷县委",
      region_code: "371521", province: "山东省", city: "聊城市", county: "阳谷县",
    });
  });

  test("004: headline then `2022-07-07 11:59:00 浏览:`; no publisher stated", () => {
    const lines = seedLines("004_568cc0454aff403e");
    const d = describeText(lines.slice(2).join("\n"), lines.slice(0, 2));
    expect(d).toMatchObject({
      title: "长春市坚定不移深化人才强市战略", published: "2022-07-07", publisher: null, author: null,
      region_code: "220100", province: "吉林省", city: "长春市", county: null,
    });
  });
});

describe("header and footer lines of other sites", () => {
  const body = "近日，绥化市出台人才新政，绥化市委组织部介绍，全市将建设人才公寓。";

  test("发布时间 / 来源 / 作者 / 浏览次数 on one line", () => {
    const d = describeText(body, ["绥化出台人才新政吸引青年人才", "发布时间：2023年03月15日 10:20  来源：绥化日报  作者：张三  浏览次数：1024"]);
    expect(d).toMatchObject({ title: "绥化出台人才新政吸引青年人才", published: "2023-03-15", publisher: "绥化日报", author: "张三" });
  });

  test("in a line of fields a value may run into the next label; in prose 资金来源 is no label", () => {
    expect(describeText(body, ["柳州出台人才新政", "时间:2023-06-01来源 : 柳州日报作者 : 王芳"])).toMatchObject({ published: "2023-06-01", publisher: "柳州日报", author: "王芳" });
    expect(labelledFields("资金来源：市财政预算安排").map((f) => f.kind)).toEqual([]);
  });

  test("fields in brackets: 【作者：张三】【来源：XX】, 作者：X（单位）", () => {
    expect(describeText(body, ["长春人才新政再升级", "【作者：张三】【来源：长春日报】【时间：2022-08-09】"])).toMatchObject({ author: "张三", publisher: "长春日报", published: "2022-08-09" });
    expect(describeText(body, ["长春人才新政再升级", "作者：李四（吉林大学教授）"]).author).toBe("李四");
  });

  test("Traditional header lines: 發佈時間 and 來源", () => {
    expect(describeText(body, ["長春人才新政再升級", "發佈時間：2022年5月6日  來源：香港文匯報"])).toMatchObject({ title: "长春人才新政再升级", published: "2022-05-06", publisher: "香港文汇报" });
  });

  test("来源：XX网 with a slashed date; 责任编辑 in the footer is an editor, not the author", () => {
    const d = describeText(body, ["长春人才新政再升级", "来源：中国吉林网 | 发布日期：2022/11/02"], ["责任编辑：李四", "分享到："]);
    expect(d).toMatchObject({ published: "2022-11-02", publisher: "中国吉林网", author: null });
  });

  test("the site that copied the article is not its publisher", () => {
    const d = describeText(body, ["共产党员网", "首页 > 地方频道", "绥化出台人才新政吸引青年人才", "2022-01-02 08:00 来源：黑龙江日报"]);
    expect(d).toMatchObject({ title: "绥化出台人才新政吸引青年人才", published: "2022-01-02", publisher: "黑龙江日报" });
  });

  test("a channel is not an outlet, and values that name no outlet are dropped", () => {
    expect(publisherName("人民日报客户端")).toBe("人民日报");
    expect(publisherName("《求是》2022年第9期")).toBe("求是");
    expect(publisherName("新华社 2022年05月06日")).toBe("新华社");
    expect(publisherName("人民网-人民日报")).toBe("人民日报");
    expect(publisherName("本站")).toBeNull();
    expect(publisherName("finews.withounder.com")).toBeNull();
  });

  test("the site's 'today' line above the headline is not the article's date", () => {
    const d = describeText(body, ["今天是：2023年1月5日 星期四", "绥化出台人才新政吸引青年人才", "来源：绥化市人民政府网"]);
    expect(d).toMatchObject({ published: null, publisher: "绥化市人民政府网" });
  });

  test("a date in the body about events is not the publication date", () => {
    const d = describeText("2022年5月6日，长春市召开人才工作会议，部署人才强市战略。\n会议指出，长春将继续加大引才力度。");
    expect(d.published).toBeNull();
  });

  test("date forms: 2021.12.23, 二〇二二年五月六日, 2022年5月6日 星期五, full-width digits; not 2021年第4期 or file names", () => {
    expect(findDates("2021.12.23 来源：大庆日报").map((d) => d.iso)).toEqual(["2021-12-23"]);
    expect(findDates("二〇二二年五月六日").map((d) => d.iso)).toEqual(["2022-05-06"]);
    expect(findDates("2022年5月6日 星期五").map((d) => d.iso)).toEqual(["2022-05-06"]);
    expect(findDates("２０２２－０７－０７").map((d) => d.iso)).toEqual(["2022-07-07"]);
    expect(findDates("二〇二一年十二月二十三日").map((d) => d.iso)).toEqual(["2021-12-23"]);
    expect(findDates("来源:《党建研究》2021年第4期")).toEqual([]);
    expect(findDates("新聞熱線_fororder_微信圖片_20220517151231")).toEqual([]);
    expect(findDates("http://www.example.cn/2022-05/06/content_1.htm")).toEqual([]);
    expect(findDates("2022-02-30")).toEqual([]);
    expect(findDates("2022-05.06")).toEqual([]);
    expect(findDates("12022-05-06")).toEqual([]);
  });

  test("a metadata value is a date only as a whole: one real calendar date, maybe with a time, a zone or a weekday", () => {
    const dates = {
      "2022-05-06 15:52:19 +0800": "2022-05-06", "2022-05-06T07:52:19.000Z": "2022-05-06", "2023/03/15 10:20": "2023-03-15",
      "２０２２－０５－０６": "2022-05-06", "二〇二二年五月六日": "2022-05-06", "2022年5月6日 星期五": "2022-05-06", "20220506": "2022-05-06",
      "2024-02-29": "2024-02-29",
    };
    for (const [value, iso] of Object.entries(dates)) expect(toIsoDate(value), value).toBe(iso);
    for (const junk of ["2022-05.06", "12022-05-06", "2022-05-066", "2023-02-29", "2022-13-01", "1900-01-01", "2101-01-01", "发布于2022-05-06", "2022-05-06 来源：某某日报", "2022年第4期", "2022-05"]) {
      expect(toIsoDate(junk), junk).toBeNull();
    }
  });

  test("bylines: 本报记者 X 通讯员 Y, 文/X, an organisation as author, a credit opening the body", () => {
    expect(describeText(body, ["长春人才新政再升级", "本报记者 王五 通讯员 赵六"]).author).toBe("王五、赵六");
    expect(describeText(body, ["长春人才新政再升级", "文/孙七"]).author).toBe("孙七");
    expect(describeText(body, ["长春人才新政再升级", "作者：中共长春市委组织部"]).author).toBe("中共长春市委组织部");
    expect(describeText("本报讯（记者 周八 通讯员 吴九）近日，长春市出台人才新政。").author).toBe("周八、吴九");
    expect(describeText(body, ["长春人才新政再升级", "本报记者张三 通讯员李四"]).author).toBe("张三、李四");
    expect(describeText("● 引才聚才\n长春市出台人才新政。").author).toBeNull();
    expect(describeText("■ 本报记者 任鹏来\n长春市出台人才新政。").author).toBe("任鹏来");
  });

  test("the headline is the first head line that is not chrome, a field line or a byline", () => {
    expect(isHeadline("手机版")).toBe(false);
    expect(isHeadline("1 1 1")).toBe(false);
    expect(isHeadline("共产党员网 打印 纠错")).toBe(false);
    expect(isHeadline("收听本文 00:00/00:00")).toBe(false);
    expect(isHeadline("■ 任鹏来")).toBe(false);
    expect(isHeadline("中共山东省阳谷县委")).toBe(false);
    expect(isHeadline("2022-07-07 11:59:00 浏览:")).toBe(false);
    expect(isHeadline("新闻 图片 视频 专题 评论")).toBe(false);
    expect(isHeadline("共产党员网")).toBe(false);
    expect(isHeadline("登录 | 注册 | 搜索")).toBe(false);
    expect(isHeadline("微信 微博 朋友圈 分享")).toBe(false);
    expect(isHeadline("打造3D打印产业人才高地")).toBe(true);
    expect(isHeadline("倾力打造欠发达地区人才工作高地")).toBe(true);
    expect(isHeadline("“青年”大庆 “活力”满满")).toBe(true);
  });

  test("a headline the cleaner left at the top of the body is found by the field line under it", () => {
    const d = describeText("大庆引才三年4.3万人\n2021/12/23 10:00 来源：大庆日报\n大庆市人才总量达到48.9万人。");
    expect(d).toMatchObject({ title: "大庆引才三年4.3万人", published: "2021-12-23", publisher: "大庆日报" });
    expect(describeText("大庆引才三年4.3万人\n大庆市人才总量达到48.9万人。\n大庆市将继续引才。").title).toBeNull();
  });

  test("a declared title loses the site name the page appends, and is converted to Simplified", () => {
    expect(withoutSiteName("长春出台人才新政_新闻_人民网")).toBe("长春出台人才新政");
    expect(withoutSiteName("长春出台人才新政 - 新华网")).toBe("长春出台人才新政");
    expect(withoutSiteName("青年大庆|活力满满")).toBe("青年大庆|活力满满");
    expect(describeText(body, [], [], { title: "大慶引才三年4.3萬人" }).title).toBe("大庆引才三年4.3万人");
  });

  test("a declared byline loses its label; a headline wrapped whole in 《》 loses the marks", () => {
    expect(describeText(body, [], [], { author: "记者 李明" }).author).toBe("李明");
    expect(describeText(body, [], [], { author: "Xinhua" }).author).toBe("Xinhua");
    expect(describeText(body, ["《人才工作开新局》", "来源：《中国人才》2022年第8期"])).toMatchObject({ title: "人才工作开新局", publisher: "中国人才" });
    expect(describeText(body, ["学习《条例》 做好人才工作"]).title).toBe("学习《条例》 做好人才工作");
  });

  test("a declared publisher that is a domain is not a publisher; the declared URL wins over URL lines", () => {
    const d = describeText(body, [], ["<http://mirror.example.com/a.html>"], { publisher: "mirror.example.com", url: "https://www.example.cn/a.html" });
    expect(d).toMatchObject({ publisher: null, url: "https://www.example.cn/a.html" });
    expect(describeText(body, ["原文链接：https://www.example.cn/b.html"]).url).toBe("https://www.example.cn/b.html");
  });

  test("the manifest overrides every field it fills, region by code or by name", () => {
    const cleaned = cleanedArticle(body, ["绥化出台人才新政吸引青年人才", "来源：绥化日报 2023-03-15"]);
    const byCode = describeArticle({
      declared: NOTHING_DECLARED, cleaned,
      manifest: { file: "test.txt", title: "手工标题", publisher: "经济日报", published: "2023-04-01", author: "", region: "230111" },
    });
    expect(byCode).toMatchObject({
      title: "手工标题", publisher: "经济日报", published: "2023-04-01",
      region_code: "230111", province: "黑龙江省", city: "哈尔滨市", county: "呼兰区",
    });
    const byName = describeArticle({ declared: NOTHING_DECLARED, cleaned, manifest: { file: "test.txt", region: "山东省阳谷县" } });
    expect(byName).toMatchObject({ title: "绥化出台人才新政吸引青年人才", publisher: "绥化日报", region_code: "371521", county: "阳谷县" });
  });
});

describe("datelines, kickers and column tags of newspaper pages", () => {
  const paragraphs = ["近日，宁波市出台人才安居政策，对新引进的博士给予安家补贴。", "宁波市委人才办表示，政策将于下月起实施。", "宁波还将建设人才公寓。"];

  test("the outlet of a dateline opening the body is the publisher: 讯, 电 with a place and a date, 消息", () => {
    expect(describeText(["宁波日报讯（记者 陈晓东 通讯员 吴丽）" + paragraphs[0], ...paragraphs.slice(1)].join("\n")).publisher).toBe("宁波日报");
    expect(describeText(["新华社南宁6月3日电（记者 黄振华）广西壮族自治区近日出台人才新政。", ...paragraphs.slice(1)].join("\n")).publisher).toBe("新华社");
    expect(describeText(["合肥晚报消息，合肥市今年计划引进高校毕业生5万人。", ...paragraphs.slice(1)].join("\n")).publisher).toBe("合肥晚报");
    expect(creditedOutlet("台州日报讯 (记者 林海)台州市发布人才新政。")).toBe("台州日报");
    expect(creditedOutlet("中国新闻网北京3月2日电 人社部表示……")).toBe("中国新闻网");
  });

  test("the outlet before the byline label of a credit group is the publisher; 本报 names none", () => {
    expect(describeText(["（大众日报全媒体记者 孙立 通讯员 赵明）济南市出台高校毕业生留济政策。", ...paragraphs.slice(1)].join("\n")).publisher).toBe("大众日报");
    expect(creditedOutlet("【甬派】(宁波晚报首席记者 周蕾)宁波发布人才新政。")).toBe("宁波晚报");
    expect(describeText(["本报讯（记者 周八）" + paragraphs[0], ...paragraphs.slice(1)].join("\n")).publisher).toBeNull();
    expect(creditedOutlet("记者从市人社局获悉，宁波将出台人才新政。")).toBeNull();
    expect(creditedOutlet("（记者 周八 通讯员 吴九）宁波将出台人才新政。")).toBeNull();
  });

  test("a labelled source wins over the outlet of a dateline", () => {
    const d = describeText(["宁波日报讯（记者 陈晓东）" + paragraphs[0], ...paragraphs.slice(1)].join("\n"), ["宁波出台人才安居新政", "来源：中国宁波网 2023-05-06"]);
    expect(d.publisher).toBe("中国宁波网");
  });

  test("the headline is the line right above the dateline, past a kicker restating the figures above it", () => {
    const body = ["博士最高50万元安家补贴，人才公寓拎包入住……", "宁波推出人才安居新政", "宁波日报讯（记者 陈晓东）" + paragraphs[0], ...paragraphs.slice(1)];
    expect(describeText(body.join("\n"))).toMatchObject({ title: "宁波推出人才安居新政", publisher: "宁波日报", author: "陈晓东" });
    const credit = ["就业见习补贴提高到每月2000元", "济南出台高校毕业生留济十条", "（大众日报记者 孙立）济南市近日出台政策。", ...paragraphs.slice(1)];
    expect(describeText(credit.join("\n"))).toMatchObject({ title: "济南出台高校毕业生留济十条", publisher: "大众日报" });
  });

  test("a kicker in the head: the headline is the one above the field line; a subtitle under it is not", () => {
    const kicker = describeText(paragraphs.join("\n"), ["首页 > 要闻", "引得进更要留得住", "绍兴出台高校毕业生就业十条", "2023-04-02 10:15 来源：绍兴日报"]);
    expect(kicker).toMatchObject({ title: "绍兴出台高校毕业生就业十条", published: "2023-04-02", publisher: "绍兴日报" });
    const subtitle = describeText(paragraphs.join("\n"), ["贵阳人才新政再升级", "——访贵阳市人才工作领导小组办公室负责人", "来源：贵阳日报"]);
    expect(subtitle).toMatchObject({ title: "贵阳人才新政再升级", publisher: "贵阳日报" });
    expect(opensArticle("本报讯（记者 周八）近日，宁波出台人才新政。")).toBe(true);
    expect(opensArticle("近日，宁波出台人才新政，记者从会上获悉。")).toBe(false);
  });

  test("a column tag before a headline is not part of it", () => {
    expect(describeText(paragraphs.join("\n"), ["【要闻】佛山顺德发布人才新政十二条"]).title).toBe("佛山顺德发布人才新政十二条");
    expect(describeText(paragraphs.join("\n"), [], [], { title: "[视频]合肥发布高层次人才分类目录" }).title).toBe("合肥发布高层次人才分类目录");
    expect(withoutColumnTag("〖人才强市〗台州引进博士200名")).toBe("台州引进博士200名");
    expect(withoutColumnTag("【人才】强市")).toBe("【人才】强市");
    expect(withoutColumnTag("宁波出台【人才安居】新政")).toBe("宁波出台【人才安居】新政");
  });

  test("a keyword tag joined to a headline by a bar is not part of it; a headline in two parts joined by a bar keeps both", () => {
    expect(withoutColumnTag("人才|某某市发布人才新政十条")).toBe("某某市发布人才新政十条");
    expect(withoutColumnTag("财经 | 重磅！某某新区发布引才十条，最高奖励1000万元")).toBe("重磅！某某新区发布引才十条，最高奖励1000万元");
    expect(withoutColumnTag("【热点】人才｜某某县发布乡村人才振兴十条")).toBe("某某县发布乡村人才振兴十条");
    expect(withoutColumnTag("青年大庆|活力满满")).toBe("青年大庆|活力满满");
    expect(withoutColumnTag("长春人才新政再升级｜博士最高补贴50万元")).toBe("长春人才新政再升级｜博士最高补贴50万元");
    expect(withoutColumnTag("2024|某某市人才工作十件大事")).toBe("2024|某某市人才工作十件大事");
  });

  test("an exclamatory headline with commas is a headline, full-width or half-width, with one mark or two", () => {
    expect(isHeadline("好消息！博士每月补贴5000元，硕士每月补贴3000元！")).toBe(true);
    expect(isHeadline("重磅!!某某新区发布引才十条,顶尖人才最高奖励1000万元!!")).toBe(true);
    const d = describeText(paragraphs.join("\n"), ["财经 | 重磅!!某某新区发布引才十条,顶尖人才最高奖励1000万元!!"]);
    expect(d.title).toBe("重磅!!某某新区发布引才十条,顶尖人才最高奖励1000万元!!");
  });

  test("an aggregator page: the tagged headline over captions repeating it is the title", () => {
    const page =
      "人才|好消息!某某高新区发布人才安居新政!博士最高可获80万元购房补贴\n某某高新区发布人才安居新政\n" +
      "10月8日,某某高新区发布《人才安居工程实施办法》,从购房补贴、租房补贴、人才公寓三个方面支持人才安居。\n某某高新区发布人才安居新政\n" +
      "【人才|好消息!某某高新区发布人才安居新政!博士最高可获80万元购房补贴】在购房补贴方面,全职引进的博士、硕士在区内首次购房的,分别给予80万元、30万元补贴。\n";
    const outcome = ingestArticle({ sourceFile: "page.txt", bytes: new TextEncoder().encode(page) }, { maxBytes: 1 << 20 });
    if (!outcome.ok) throw new Error(outcome.reason);
    const d = describeArticle({ declared: NOTHING_DECLARED, cleaned: cleanArticle(outcome.value) });
    expect(d.title).toBe("好消息!某某高新区发布人才安居新政!博士最高可获80万元购房补贴");
  });

  test("a line wrapped whole in brackets is a note, not a headline", () => {
    expect(isHeadline("（本文图片由受访单位提供）")).toBe(false);
    expect(isHeadline("(图片仅供参考，与本文无关)")).toBe(false);
    expect(describeText(paragraphs.join("\n"), ["（本文图片由受访单位提供）"]).title).toBeNull();
    expect(isHeadline("宁波出台人才新政（附全文）")).toBe(true);
  });

  test("credit names: the outlet and role glued to the first label go, names glued to the next label stay", () => {
    expect(creditNames("本报讯（全媒体记者王晓明通讯员李红）近日，台州出台人才新政。")).toEqual(["王晓明", "李红"]);
    expect(creditNames("（记者张伟、通讯员刘芳）宁波出台人才新政。")).toEqual(["张伟", "刘芳"]);
    expect(creditNames("（宁波日报首席记者 陈晓东 见习记者 方圆）宁波出台人才新政。")).toEqual(["陈晓东", "方圆"]);
    expect(creditNames("宁波将建设人才公寓。(周敏 记者 陈晓东)")).toEqual(["周敏", "陈晓东"]);
  });
});

describe("region", () => {
  test("a county whose city and province are also named is the county", () => {
    const text = "山东省聊城市阳谷县近年来引进高层次人才200人。阳谷县委组织部介绍，聊城市将推广阳谷经验。阳谷还建成人才公寓。";
    expect(resolveRegion("阳谷：人才引得来留得住", text)).toEqual({ region_code: "371521", province: "山东省", city: "聊城市", county: "阳谷县" });
  });

  test("a city that names a few of its counties in passing is the city", () => {
    const text = "绥化市出台人才政策。绥化市委组织部表示，全市各县市区同步落实，肇东市、安达市已开展对接活动。绥化将持续优化环境，绥化人才总量稳步增长。";
    expect(resolveRegion("绥化引才成效明显", text)?.region_code).toBe("231200");
  });

  test("an ambiguous district is settled by its co-mentioned city", () => {
    expect(resolveRegion("", "鼓楼区人才驿站揭牌。南京市委组织部有关负责人出席，鼓楼区将为人才提供一站式服务。")?.region_code).toBe("320106");
    expect(resolveRegion("", "福州市鼓楼区发布人才新政，鼓楼区今年计划引进人才500名。")?.region_code).toBe("350102");
    expect(resolveRegion("", "朝阳区发布人才新政，朝阳区今年计划引进人才500名。")).toBeNull();
    expect(resolveRegion("", "长春市朝阳区发布人才新政，朝阳区今年计划引进人才500名。")?.region_code).toBe("220104");
  });

  test("short forms that are common words are not places", () => {
    expect(resolveRegion("", "人才是第一资源，比如合作项目和平台建设，要加快新建区域人才中心。")).toBeNull();
    expect(resolveRegion("", "围绕“以才兴业”“人才兴县”，推动高质量发展。")).toBeNull();
  });

  test("a common word stays a word even in an article about its parent city (资源 in 桂林, 资源县 is one of its counties)", () => {
    expect(resolveRegion("", "桂林市出台人才新政。人才是第一资源，要整合资源、盘活资源，让资源向基层流动。")?.region_code).toBe("450300");
    expect(resolveRegion("", "甘南州加强人才合作，推动校地合作、院地合作，合作成果丰硕。")?.region_code).toBe("623000");
  });

  test("a common-word name counts when its parent is written right before it", () => {
    expect(resolveRegion("", "甘肃省合作市出台人才政策，合作市将引进人才100名。")?.region_code).toBe("623001");
    expect(resolveRegion("", "兰州市城关区人才工作会议召开。")?.region_code).toBe("620102");
  });

  test("a short county form needs its city or its full name in the article", () => {
    expect(resolveRegion("", "中共哈尔滨市呼兰区委出台人才政策。呼兰将打造人才高地，让人才在呼兰施展拳脚。")?.region_code).toBe("230111");
    expect(resolveRegion("", "方正的设计让人才在这里安居。")).toBeNull();
  });

  test("the title weighs more than a body mention", () => {
    const text = "哈尔滨市出台人才新政。双城区组织部介绍了落实情况，哈尔滨市人社局参加会议。";
    expect(resolveRegion("", text)?.region_code).toBe("230100");
    expect(resolveRegion("双城区：人才新政落地见效", text)?.region_code).toBe("230113");
  });

  test("a province-level article, 吉林 as the province, and an article about many provinces", () => {
    expect(resolveRegion("", "吉林省出台人才政策，吉林省人社厅表示，长春等地已开始实施。")?.region_code).toBe("220000");
    expect(resolveRegion("", "吉林出台人才政策。吉林人社厅表示将加大支持。")?.region_code).toBe("220000");
    expect(resolveRegion("", "北京、上海、广东、浙江等地纷纷出台人才政策。")).toBeNull();
  });

  test("autonomous units by short form and by 州/县 form", () => {
    expect(resolveRegion("", "延边州出台人才新政，延边将建设人才公寓。")?.region_code).toBe("222400");
    expect(resolveRegion("", "延边朝鲜族自治州延吉市引进人才。延吉市委组织部介绍，延吉人才总量增长。")?.region_code).toBe("222401");
    expect(resolveRegion("", "新疆维吾尔自治区人才工作会议召开，新疆将引进人才。")?.region_code).toBe("650000");
  });

  test("a place opening a university's name is not a place the article is about", () => {
    const tour = "贵阳市人才工作局组织用人单位赴武汉大学、四川大学、西安电子科技大学、南京大学等高校开展引才活动，签约博士、硕士300余名。";
    expect(resolveRegion("", tour)?.region_code).toBe("520100");
    const partners = "绍兴市与北京航空航天大学、长春理工大学、哈尔滨工程大学共建研究院，柔性引进专家40名。";
    expect(resolveRegion("", partners)?.region_code).toBe("330600");
    expect(resolveRegion("", "济南市出台人才新政，山东大学、济南大学的毕业生留济可领补贴。")?.region_code).toBe("370100");
  });

  test("大学生, 大学城 and 大学毕业生 after a place name still name the place", () => {
    expect(resolveRegion("", "合肥大学城新建人才公寓500套，合肥大学毕业生可申请入住。")?.region_code).toBe("340100");
    expect(resolveRegion("", "宁波大学生创业园今年入驻项目80个。")?.region_code).toBe("330200");
  });

  test("内蒙古 is the short form of 内蒙古自治区; a people's name alone (鄂伦春族) is not a place", () => {
    expect(resolveRegion("", "内蒙古出台人才新政，内蒙古人社厅表示将引进急需紧缺人才。")?.region_code).toBe("150000");
    expect(resolveRegion("", "内蒙古自治区包头市出台人才新政，包头市将引进博士100名。")?.region_code).toBe("150200");
    expect(resolveRegion("", "鄂伦春族、鄂温克族和东乡族青年代表参加座谈会。")).toBeNull();
  });

  test("a short form shared by one prefecture-level city and districts elsewhere is the city; the district where its city is named", () => {
    expect(resolveRegion("", "西安出台新一轮人才政策，西安将为新引进的博士提供安家补贴。")?.region_code).toBe("610100");
    expect(resolveRegion("资阳发布人才新政十条", "对新引进的博士给予安家补贴。")?.region_code).toBe("512000");
    expect(resolveRegion("", "大同今年计划引进高校毕业生5000人，大同人才公寓同步开工。")?.region_code).toBe("140200");
    expect(resolveRegion("", "牡丹江市西安区人才驿站揭牌，西安区将为人才提供一站式服务。")?.region_code).toBe("231005");
    expect(resolveRegion("", "大庆市出台人才新政，大同区将建设人才公寓，大同今年引进人才300名。")?.region_code).toBe("230606");
  });

  test("a city whose short form is a word (日照, 来宾, 中山) counts in full, with its province, or repeated", () => {
    expect(resolveRegion("", "日照市出台人才新政，日照将引进博士100名。")?.region_code).toBe("371100");
    expect(resolveRegion("", "山东省人社厅介绍，日照今年新引进人才3000名，日照人才公寓开工建设。")?.region_code).toBe("371100");
    expect(resolveRegion("", "中山出台人才新政，中山今年将引进博士200名，中山人才公寓同步开工。")?.region_code).toBe("442000");
    expect(resolveRegion("来宾出台人才新政", "对新引进的博士给予安家补贴。")?.region_code).toBe("451300");
    expect(resolveRegion("", "每日日照时长充足，适合发展光伏产业，引进人才200名。")).toBeNull();
    expect(resolveRegion("", "各位来宾，欢迎参加本次人才交流大会。")).toBeNull();
    expect(resolveRegion("", "大力发展朝阳产业，引进高层次人才。")).toBeNull();
    expect(resolveRegion("", "北京市朝阳区出台人才新政，朝阳将建设国际人才社区，朝阳今年引进人才500名。")?.region_code).toBe("110105");
  });

  test("乾安县 stays a county in Traditional text (not 干安县)", () => {
    expect(resolveRegion("", toSimplified("吉林省松原市乾安縣出台人才政策，乾安縣將引進人才。"))?.region_code).toBe("220723");
  });

  test("manifest region values by code or by name", () => {
    expect(lookupRegion("230111")?.county).toBe("呼兰区");
    expect(lookupRegion("哈尔滨市呼兰区")?.region_code).toBe("230111");
    expect(lookupRegion("绥化市")).toEqual({ region_code: "231200", province: "黑龙江省", city: "绥化市", county: null });
    expect(lookupRegion("朝阳区")).toBeNull();
    expect(lookupRegion("999999")).toBeNull();
  });
});

describe("any input", () => {
  // Lines built from the pieces real header lines are made of, in any order and amount.
  const piece = fc.constantFrom("来源：", "作者：", "记者 ", "■ ", "（", "）", "2022-07-07", "2022年5月6日", " | ", "  ", "长春市", "朝阳区",
    "呼兰", "人民网", "http://a.cn/1", "【", "】", "《", "》", "编辑:", "浏览:", "1 1 1", "\u3000", "张三", "。", "中共阳谷县委");
  const line = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(""));

  test("gives well-formed fields and never throws", () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 5 }), fc.array(line, { maxLength: 5 }), fc.array(line, { maxLength: 5 }), (head, body, tail) => {
      const d = describeText(body.join("\n"), head, tail);
      expect(d.published === null || /^\d{4}-\d{2}-\d{2}$/.test(d.published)).toBe(true);
      expect(d.region_code === null || /^\d{6}$/.test(d.region_code)).toBe(true);
      for (const field of [d.title, d.publisher, d.author, d.url]) expect(field === null || field.trim().length > 0).toBe(true);
    }), { numRuns: 300 });
  });
});
