import { describe, expect, test } from "vitest";
import { readManifest } from "../pipeline/stages/manifest.js";

const files = new Set(["001_a.txt", "sub/002_b.html"]);

describe("readManifest", () => {
  test("applies rows for files in the raw folder", () => {
    const m = readManifest("file,url,publisher,published,region\n001_a.txt,https://example.cn/a,黑龙江日报,2021-12-23,230600\n", files);
    expect(m.rejects).toEqual([]);
    expect(m.entries.get("001_a.txt")).toEqual({ file: "001_a.txt", url: "https://example.cn/a", publisher: "黑龙江日报", published: "2021-12-23", region: "230600" });
  });

  test("reports a row for a missing file, an unknown column and a malformed date, naming the line", () => {
    const m = readManifest("file,publisher,published,editor\nnot_there.txt,x,,y\n001_a.txt,x,2021/12/23,y\nsub/002_b.html,经济日报,2022-02-30,\n", files);
    expect(m.rejects.map((r) => r.rule)).toEqual(["manifest_unknown_column", "manifest_missing_file", "manifest_bad_date", "manifest_bad_date"]);
    expect(m.rejects[1].message).toBe('manifest.csv line 2: no file "not_there.txt" in the raw folder');
    expect(m.rejects[2].message).toMatch(/line 3: published "2021\/12\/23" is not a YYYY-MM-DD date/);
    expect(m.entries.size).toBe(0);
  });

  test("published is applied only when it is a real calendar date written YYYY-MM-DD", () => {
    const rows = ["2024-02-29", "2023-02-29", "2022-5-6", "２０２２-05-06", "12022-05-06", "2022-05-06 10:00"].map((date) => `001_a.txt,${date}`);
    const results = rows.map((row) => readManifest(`file,published\n${row}\n`, files));
    expect(results.map((m) => m.rejects.map((r) => r.rule))).toEqual([[], ["manifest_bad_date"], ["manifest_bad_date"], ["manifest_bad_date"], ["manifest_bad_date"], ["manifest_bad_date"]]);
    expect(results[0].entries.get("001_a.txt")?.published).toBe("2024-02-29");
  });

  test("a manifest that is not CSV is one reject, not a crash", () => {
    const m = readManifest('file,url\n"001_a.txt,unclosed quote\n', files);
    expect(m.rejects).toEqual([expect.objectContaining({ rule: "manifest_unreadable", source_file: "manifest.csv" })]);
  });
});
