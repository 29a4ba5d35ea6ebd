import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { ingestArticle } from "../pipeline/stages/ingest.js";
import type { IngestedArticle, Outcome } from "../pipeline/types.js";

const MAX_BYTES = 5 * 1024 * 1024;
const SEEDS = ["000_05e16e586b8fd86e.txt", "001_22c90fdcf88f9a11.txt", "002_323526e4ccb9a895.txt", "003_ca723884341d031c.txt", "004_568cc0454aff403e.txt"];

const seedBytes = (name: string) => new Uint8Array(readFileSync(new URL(`../raw/${name}`, import.meta.url)));
const pageBytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/pages/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const ingest = (bytes: Uint8Array, sourceFile = "article.txt", maxBytes = MAX_BYTES) => ingestArticle({ sourceFile, bytes }, { maxBytes });

function accepted(outcome: Outcome<IngestedArticle>): IngestedArticle {
  if (!outcome.ok) throw new Error(`rejected (${outcome.rule}): ${outcome.reason}`);
  return outcome.value;
}

function rejection(outcome: Outcome<IngestedArticle>): { rule: string; reason: string } {
  if (outcome.ok) throw new Error("accepted an input that should be rejected");
  return { rule: outcome.rule, reason: outcome.reason };
}

/** Each Chinese character of the body stands at its origin in the decoded file, or came from the character reference there. */
function expectBodyMapsIntoDecoded(article: IngestedArticle): void {
  const { text, origin } = article.body;
  expect(origin.length).toBe(text.length);
  let checked = 0;
  for (let i = 0; i < text.length; i++) {
    expect(origin[i]).toBeGreaterThanOrEqual(0);
    expect(origin[i]).toBeLessThan(article.decoded.length);
    if (/\p{Script=Han}/u.test(text[i])) {
      expect([text[i], "&"]).toContain(article.decoded[origin[i]]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
}

describe("seeds", () => {
  test.each(SEEDS)("%s is accepted, hashed and mapped", (name) => {
    const bytes = seedBytes(name);
    const article = accepted(ingest(bytes, name));
    expect(article.sourceFile).toBe(name);
    expect(article.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(article.encoding).toBe("utf-8");
    expectBodyMapsIntoDecoded(article);
  });

  test("the plain-text seeds are text, kept line for line", () => {
    for (const name of SEEDS.slice(1)) expect(accepted(ingest(seedBytes(name))).format).toBe("text");
    const article = accepted(ingest(seedBytes("003_ca723884341d031c.txt")));
    expect(article.body.text.split("\n").slice(0, 3)).toEqual(["手机版", "1 1 1", ""]);
  });

  test("seed 000: front matter gives title and date; its categories and tags are not a publisher; the HTML body loses its tags", () => {
    const article = accepted(ingest(seedBytes("000_05e16e586b8fd86e.txt")));
    expect(article.format).toBe("markdown");
    expect(article.declared).toEqual({ title: "黑龙江绥化：实施人才兴绥战略助力振兴发展", published: "2022-05-06", publisher: null, author: null, url: null });
    expect(article.body.text).not.toMatch(/<\/?p>|<strong>|layout: post|jingjiribao/);
    expect(article.body.text).toContain("下好人才兴绥的“先手棋”");
    // The trailing autolink and the line of Markdown links are navigation.
    expect(article.body.text).not.toContain("finews.");
    expect(article.body.text).not.toContain("返回首页");
    expect(article.body.text.trimEnd().split("\n").at(-1)).toBe("（文章来源：经济日报）");
  });
});

describe("encodings", () => {
  const original = accepted(ingest(seedBytes("004_568cc0454aff403e.txt")));
  const traditional = accepted(ingest(seedBytes("001_22c90fdcf88f9a11.txt")));

  test("UTF-8 with a BOM", () => {
    const article = accepted(ingest(new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes("004_568cc0454aff403e.txt")])));
    expect(article.encoding).toBe("utf-8");
    expect(article.decoded).toBe(original.decoded);
  });

  test.each([
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
  ])("%s with a BOM", (encoding, bom) => {
    const bytes = new Uint8Array([...bom, ...iconv.encode(original.decoded, encoding)]);
    const article = accepted(ingest(bytes));
    expect(article.encoding).toBe(encoding);
    expect(article.decoded).toBe(original.decoded);
    expect(article.body.text).toBe(original.body.text);
  });

  test("GB18030 without any declaration is recognised", () => {
    const article = accepted(ingest(iconv.encode(original.decoded, "gb18030")));
    expect(article.encoding).toBe("gb18030");
    expect(article.decoded).toBe(original.decoded);
  });

  test("Big5 without any declaration is recognised, not misread as GB18030", () => {
    // Seed 001 writes 産 and no-break spaces, which Big5 lacks; 產 and spaces stand for them.
    const text = traditional.decoded.replaceAll("産", "產").replaceAll("\u00a0", " ");
    const article = accepted(ingest(iconv.encode(text, "big5")));
    expect(article.encoding).toBe("big5");
    expect(article.decoded).toBe(text);
  });

  test("a GBK page declaring charset=gb2312 in <meta http-equiv> is read as GBK", () => {
    const article = accepted(ingest(pageBytes("gbk-page.html")));
    expect(article.encoding).toBe("gbk");
    expect(article.format).toBe("html");
    expect(article.body.text).toContain("给予每人每月1500元生活补贴");
  });

  test("a Big5 page declaring <meta charset=big5> is read as Big5", () => {
    const article = accepted(ingest(pageBytes("big5-page.html")));
    expect(article.encoding).toBe("big5");
    expect(article.body.text).toContain("吉林省乾安縣近年推出多項人才政策");
  });

  test("a wrong declaration is not honoured when it does not decode cleanly", () => {
    const page = `<html><head><meta charset="gbk"><title>人才新政</title></head><body><p>本市出台人才新政，给予博士每人10万元安家补贴。</p></body></html>`;
    const article = accepted(ingest(utf8(page)));
    expect(article.encoding).toBe("utf-8");
    expect(article.body.text).toContain("给予博士每人10万元安家补贴");
    const declaredUtf8 = page.replace('charset="gbk"', 'charset="utf-8"');
    const gbkBytes = accepted(ingest(iconv.encode(declaredUtf8, "gbk")));
    expect(gbkBytes.encoding).toBe("gb18030");
    expect(gbkBytes.body.text).toContain("给予博士每人10万元安家补贴");
  });
});

describe("HTML pages", () => {
  const page = accepted(ingest(pageBytes("news-page.html"), "news-page.html"));

  test("the article body is taken, with its headline and byline, and nothing of the page around it", () => {
    expect(page.format).toBe("html");
    const lines = page.body.text.split("\n");
    expect(lines[0]).toBe("宜宾市发布“人才新政12条” 博士最高可获30万元安家补贴");
    expect(lines[1]).toMatch(/^来源：宜宾日报 作者：李晓岚 发布时间：2023-03-15 10:20/);
    expect(page.body.text).toContain("根据新政，全职引进的博士研究生最高可获得30万元安家补贴");
    // A line break inside a paragraph of the source between two Chinese characters is no break.
    expect(page.body.text).toContain("硕士研究生最高可获得10万元安家补贴；新引进的全日制本科毕业生");
    for (const chrome of ["欢迎访问", "要闻", "当前位置", "分享到", "微博", "字号", "热点排行", "相关新闻", "宜宾召开2023年人才工作会议", "扫一扫", "版权所有", "统计代码", "_hmt", "float: left", "打印本页"]) {
      expect(page.body.text, chrome).not.toContain(chrome);
    }
    expectBodyMapsIntoDecoded(page);
  });

  test("entities are decoded and mapped to the reference they came from", () => {
    const at = page.body.text.indexOf("3月14日");
    expect(at).toBeGreaterThan(0);
    expect(page.decoded.slice(page.body.origin[at], page.body.origin[at] + 5)).toBe("3月14日");
  });

  test("metadata comes from <meta> and <link rel=canonical>; the site name is not the publisher", () => {
    expect(page.declared).toEqual({
      title: "宜宾市发布“人才新政12条” 博士最高可获30万元安家补贴",
      published: "2023-03-15",
      author: "李晓岚",
      url: "https://www.example.cn/news/2023/0315/123456.html",
      publisher: "宜宾日报",
    });
  });

  test("a page without meta tags takes its title from <title> without the site's name", () => {
    const bare = `<!DOCTYPE html><html><head><title>我市新增省级博士后创新实践基地3家 - 某某新闻网</title></head>
      <body><div class="nav"><a href="/">首页</a><a href="/x">新闻</a></div>
      <div class="content"><p>记者从市人社局获悉，我市今年新增省级博士后创新实践基地3家，累计达到21家。</p></div></body></html>`;
    const article = accepted(ingest(utf8(bare)));
    expect(article.declared.title).toBe("我市新增省级博士后创新实践基地3家");
    expect(article.body.text).toBe("记者从市人社局获悉，我市今年新增省级博士后创新实践基地3家，累计达到21家。");
  });

  test("a table layout of an old government site: the cell with the article, its title row and date row", () => {
    const article = accepted(ingest(pageBytes("gbk-page.html")));
    expect(article.body.text.split("\n").slice(0, 2)).toEqual(["乾安县出台引才育才十条措施", "发布时间：2022年08月09日 来源：松原日报 【字体：大 中 小】"]);
    for (const chrome of ["网站首页", "县领导信息", "您现在的位置", "打印本页", "吉ICP备"]) expect(article.body.text).not.toContain(chrome);
    expect(article.declared).toMatchObject({ title: "乾安县出台引才育才十条措施", published: "2022-08-09", publisher: "松原日报" });
  });
});

describe("Markdown with front matter", () => {
  const article = accepted(ingest(pageBytes("front-matter.md"), "front-matter.md"));

  test("fields are read; categories and tags are not", () => {
    expect(article.format).toBe("markdown");
    expect(article.declared).toEqual({
      title: "浙江湖州：“南太湖精英计划”再升级",
      published: "2023-06-02",
      author: "周亦然",
      url: "https://www.example.com/hz/20230602/987.html",
      publisher: "湖州日报",
    });
  });

  test("Markdown and HTML syntax are taken out; link-only lines go; link text inside prose stays", () => {
    expect(article.body.text.split("\n")).toEqual([
      "“南太湖精英计划”再升级",
      "湖州讯 6月1日，湖州市正式发布新一轮“南太湖精英计划”实施细则，对入选的领军人才团队给予最高1000万元项目资助。",
      "细则提出，对新引进的顶尖人才实行“一事一议”，最高给予1亿元综合资助；对入选的青年拔尖人才，给予50万元安家补贴和每月3000元生活津贴。",
      "新建人才公寓2000套",
      "设立20亿元人才发展基金",
      "更多详情请见湖州人才网。",
    ]);
    expectBodyMapsIntoDecoded(article);
  });
});

describe("bad input is rejected with a rule and a one-line reason", () => {
  const cases: [string, Uint8Array, string][] = [
    ["an empty file", new Uint8Array(0), "empty_file"],
    ["a file of white space", utf8(" \n\t\r\n　\n"), "empty_file"],
    ["NUL bytes", new Uint8Array([0x41, 0x42, 0x00, 0x43, 0xe4, 0xba, 0xba]), "binary"],
    ["a PNG image", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), "binary"],
    ["a JPEG image", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), "binary"],
    ["control bytes", new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x61))), "binary"],
    ["a PDF", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "unsupported_format"],
    ["a .docx (ZIP)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), "unsupported_format"],
    ["a legacy .doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]), "unsupported_format"],
    ["an RTF document", utf8("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} \\f0 \\'c8\\'cb\\'b2\\'c5}"), "unsupported_format"],
    ["bytes valid in no supported encoding", new Uint8Array([0xe4, 0xba, 0xba, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0xff]), "undecodable"],
    ["Latin-1 French text", iconv.encode("Le café était très bon à Paris, où nous étions heureux.", "latin1"), "undecodable"],
    ["invalid YAML front matter", utf8("---\ntitle: [人才新政\ndate: 2023-01-01\n---\n<p>本市出台人才新政。</p>\n"), "broken_front_matter"],
    ["front matter never closed", utf8("---\ntitle: 人才新政\ndate: 2023-01-01\n\n本市出台人才新政。\n"), "broken_front_matter"],
    ["English text", utf8("City announces new talent policy.\nGraduates receive housing subsidies of up to 100,000 yuan.\n"), "no_chinese"],
    ["an HTML page with Chinese only in its <title>", utf8("<html><head><title>人才新政</title></head><body><p>Talent policy</p></body></html>"), "no_chinese"],
  ];

  test.each(cases)("%s", (_, bytes, rule) => {
    const { rule: got, reason } = rejection(ingest(bytes, "bad.txt"));
    expect(got).toBe(rule);
    expect(reason).not.toContain("\n");
    expect(reason).not.toContain("bad.txt");
    expect(reason.length).toBeGreaterThan(10);
  });

  test("a file over the size limit", () => {
    const { rule, reason } = rejection(ingest(seedBytes("004_568cc0454aff403e.txt"), "big.txt", 1000));
    expect(rule).toBe("too_large");
    expect(reason).toMatch(/over the limit of 1000/);
  });

  test("nothing thrown, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const outcome = ingest(bytes);
        expect(typeof outcome.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  test("nothing thrown on text that looks like front matter, HTML or Markdown", () => {
    const pieces = ["---\n", "title: 标题\n", "<p>", "</p>", "<div class='nav'>", "<a href='x'>", "[链接](http://x)", "<http://x.cn>", "人才", "。", "\n", "&amp;", "&#x4eba;", "<script>", "**", "# "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const outcome = ingest(utf8(parts.join("")));
        if (outcome.ok) expectBodyMapsIntoDecoded(outcome.value);
      }),
      { numRuns: 300 },
    );
  });
});
