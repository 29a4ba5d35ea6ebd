// The extract stage on real text: snippets of the seed articles (../shared/seeds, in Simplified
// form) and passages written for these tests in the style of other cities' talent-policy news.
import { describe, expect, test } from "vitest";
import { extractIndicators } from "../pipeline/stages/extract.js";
import type { IndicatorFact } from "../pipeline/types.js";

type Row = Pick<IndicatorFact, "value" | "unit" | "qualifier" | "period" | "indicator" | "is_target">;
type RangeRow = Pick<IndicatorFact, "value_min" | "value_max" | "unit" | "qualifier" | "period" | "indicator" | "is_target">;

const row = (f: IndicatorFact): Row => ({ value: f.value, unit: f.unit, qualifier: f.qualifier, period: f.period, indicator: f.indicator, is_target: f.is_target });
const rangeRow = (f: IndicatorFact): RangeRow => ({ value_min: f.value_min, value_max: f.value_max, unit: f.unit, qualifier: f.qualifier, period: f.period, indicator: f.indicator, is_target: f.is_target });

/** The single fact whose surface contains `surface` (and starts after `after`, when given). */
function factAt(text: string, surface: string, after = ""): IndicatorFact {
  const from = after ? text.indexOf(after) : 0;
  const found = extractIndicators(text).filter((f) => f.start >= from && f.text.includes(surface));
  expect(found.map((f) => f.text), `one fact for ${surface}`).toHaveLength(1);
  return found[0];
}

const values = (text: string) => extractIndicators(text).map((f) => f.value ?? [f.value_min, f.value_max]);

/** The given fields of every fact of `text`, in order. */
const fields = <K extends keyof IndicatorFact>(text: string, ...keys: K[]) => extractIndicators(text).map((f) => keys.map((k) => f[k]));

describe("policy terms offered to a person", () => {
  // Seed 000 (经济日报, 绥化).
  const suihua =
    "据悉，符合条件的人才给予最高15万元的购房补贴，最高10万元的一次性生活补贴，连续3年免费入住人才公寓或每年最高1万元的租房补贴。" +
    "对到企业工作或自主创业大专及以上人才，连续3年每月给予最高3000元的补贴；对自主创业人才给予3万元的创业补助和最高200万元的创业担保贷款。" +
    "建立事业编制周转池，拿出400个事业编制为人才落周转编，保障人才的未来发展。";

  test("each amount gets its bound, period and code from the noun after it", () => {
    expect(row(factAt(suihua, "15万元"))).toEqual({ value: 150000, unit: "CNY", qualifier: "max", period: "one_off", indicator: "housing_purchase_subsidy", is_target: false });
    expect(row(factAt(suihua, "10万元"))).toEqual({ value: 100000, unit: "CNY", qualifier: "max", period: "one_off", indicator: "living_allowance", is_target: false });
    expect(row(factAt(suihua, "1万元"))).toEqual({ value: 10000, unit: "CNY", qualifier: "max", period: "per_year", indicator: "rent_subsidy", is_target: false });
    expect(row(factAt(suihua, "3000元"))).toEqual({ value: 3000, unit: "CNY", qualifier: "max", period: "per_month", indicator: "living_allowance", is_target: false });
    expect(row(factAt(suihua, "3万元"))).toEqual({ value: 30000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "startup_grant", is_target: false });
    expect(row(factAt(suihua, "200万元"))).toEqual({ value: 2000000, unit: "CNY", qualifier: "max", period: null, indicator: "startup_loan", is_target: false });
    expect(row(factAt(suihua, "400个"))).toEqual({ value: 400, unit: "item", qualifier: "exact", period: null, indicator: "public_institution_posts", is_target: false });
  });

  test("durations (连续3年) are not facts", () => {
    expect(values(suihua)).toEqual([150000, 100000, 10000, 3000, 30000, 2000000, 400]);
  });

  test("a monthly range with its unit on the upper end only (seed 003)", () => {
    const text = "对不需要提供人才公寓的顶尖人才、高端人才和急需紧缺人才，每人每月给予1000至3000元租房补贴，努力以优质服务把优秀人才聚集到这片创新创业的沃土。";
    expect(rangeRow(factAt(text, "3000元"))).toEqual({ value_min: 1000, value_max: 3000, unit: "CNY", qualifier: "range", period: "per_month", indicator: "rent_subsidy", is_target: false });
  });

  test("安家费 per doctor and master, written in another city's style", () => {
    const text = "对全职引进的博士研究生，每人给予30万元安家费；硕士研究生每人给予10万元安家费，分三年发放。";
    expect(row(factAt(text, "30万元"))).toEqual({ value: 300000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "housing_purchase_subsidy", is_target: false });
    expect(row(factAt(text, "10万元"))).toEqual({ value: 100000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "housing_purchase_subsidy", is_target: false });
  });

  test("amounts listed before the noun they share (本科…硕士…博士…的一次性生活补贴)", () => {
    const text = "对新引进落户的全日制本科及以上学历应届毕业生，给予本科1万元、硕士3万元、博士5万元的一次性生活补贴。";
    for (const [surface, value] of [["1万元", 10000], ["3万元", 30000], ["5万元", 50000]] as const) {
      expect(row(factAt(text, surface))).toEqual({ value, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "living_allowance", is_target: false });
    }
  });

  test("a rent subsidy paid monthly, named before the amount", () => {
    const text = "新就业大学生租房补贴标准为每人每月1500元，最长享受3年。";
    expect(extractIndicators(text).map(row)).toEqual([{ value: 1500, unit: "CNY", qualifier: "exact", period: "per_month", indicator: "rent_subsidy", is_target: false }]);
  });

  test("a monthly 住房补贴 is a rent subsidy whichever side of the amount it stands", () => {
    const rent = (value: number) => ({ value, unit: "CNY", qualifier: "exact", period: "per_month", indicator: "rent_subsidy", is_target: false });
    expect(row(factAt("对新引进的硕士研究生，发放住房补贴每月1200元，最长3年。", "1200元"))).toEqual(rent(1200));
    expect(row(factAt("每月给予博士2000元住房补贴。", "2000元"))).toEqual(rent(2000));
    expect(row(factAt("在园区就业的博士，住房补助按800元/月发放。", "800元"))).toEqual(rent(800));
    expect(row(factAt("给予一次性住房补贴10万元。", "10万元"))).toMatchObject({ period: "one_off", indicator: "housing_purchase_subsidy" });
  });

  test("a period written after the amount per person (每人每月, /人/月, 每人每年)", () => {
    const trainees = "对见习期的高校毕业生发放生活补贴1500元至2500元每人每月。";
    expect(rangeRow(factAt(trainees, "2500元"))).toEqual({ value_min: 1500, value_max: 2500, unit: "CNY", qualifier: "range", period: "per_month", indicator: "living_allowance", is_target: false });
    expect(factAt("对在县域工作的高校毕业生，发放生活补贴800元/人/月。", "800元").period).toBe("per_month");
    expect(factAt("给予博士后生活补助6万元每人每年。", "6万元").period).toBe("per_year");
  });

  test("a grant for a team and allowances paid monthly to two degrees", () => {
    const text = "对来西安创新创业的顶尖人才团队，给予最高1亿元的项目资助；对博士、硕士研究生每人每月分别发放2000元、1500元生活补贴，连续发放3年。";
    expect(row(factAt(text, "1亿元"))).toEqual({ value: 100000000, unit: "CNY", qualifier: "max", period: "one_off", indicator: "startup_grant", is_target: false });
    expect(row(factAt(text, "2000元"))).toEqual({ value: 2000, unit: "CNY", qualifier: "exact", period: "per_month", indicator: "living_allowance", is_target: false });
    expect(row(factAt(text, "1500元"))).toEqual({ value: 1500, unit: "CNY", qualifier: "exact", period: "per_month", indicator: "living_allowance", is_target: false });
  });

  test("a talent fund, a loan limit and money paid out in the year", () => {
    const text = "设立总规模10亿元的人才发展基金，为人才企业提供最高1000万元的“人才贷”，全年累计发放人才贷款23.6亿元，惠及人才企业850家。";
    expect(row(factAt(text, "10亿元"))).toEqual({ value: 1000000000, unit: "CNY", qualifier: "exact", period: null, indicator: "talent_fund", is_target: false });
    expect(row(factAt(text, "1000万元"))).toEqual({ value: 10000000, unit: "CNY", qualifier: "max", period: null, indicator: "startup_loan", is_target: false });
    expect(row(factAt(text, "23.6亿元"))).toEqual({ value: 2360000000, unit: "CNY", qualifier: "exact", period: "per_year", indicator: "subsidies_disbursed", is_target: false });
    expect(factAt(text, "850家").indicator).toBe("other");
  });
});

describe("amounts in other currencies and verbs inside the figure", () => {
  test("other currencies keep their code and are typed like yuan", () => {
    const text = "对来珠海创业的澳门青年，每月给予3,000澳门元生活补贴；海外高层次人才团队最高可获100万美元项目资助。";
    expect(row(factAt(text, "3,000"))).toEqual({ value: 3000, unit: "MOP", qualifier: "exact", period: "per_month", indicator: "living_allowance", is_target: false });
    expect(row(factAt(text, "100万美元"))).toEqual({ value: 1000000, unit: "USD", qualifier: "max", period: "one_off", indicator: "startup_grant", is_target: false });
  });

  test("a verb the quantity finder keeps inside the figure still types it (最高资助500万元)", () => {
    const text = "对“揭榜挂帅”项目，单个项目最高资助500万元。";
    expect(extractIndicators(text).map(row)).toEqual([{ value: 5000000, unit: "CNY", qualifier: "max", period: "one_off", indicator: "startup_grant", is_target: false }]);
  });

  test("a conversion in brackets is no fact of its own, and the amount keeps the noun after the brackets", () => {
    const hongKong = "对入选的香港青年创业团队，给予50万港元（约合人民币45万元）创业资助。";
    expect(extractIndicators(hongKong).map(row)).toEqual([{ value: 500000, unit: "HKD", qualifier: "exact", period: "one_off", indicator: "startup_grant", is_target: false }]);
    const dollars = "对引进的海外顶尖人才团队，最高给予80万美元(折合人民币约570万元)项目资助。";
    expect(extractIndicators(dollars).map(row)).toEqual([{ value: 800000, unit: "USD", qualifier: "max", period: "one_off", indicator: "startup_grant", is_target: false }]);
  });

  test("a figure in brackets that converts nothing is a fact of its own", () => {
    const text = "全市今年发放创业补贴120万元（惠及返乡青年300人）。";
    expect(fields(text, "value", "unit")).toEqual([[1200000, "CNY"], [300, "person"]]);
  });

  test.fails("known gap: a cap in a clause of its own does not take the grant of the clause before", () => {
    // 最高不超过200万元 has no noun of its own; the grant (给予资助) is named in the previous clause.
    const text = "对人才创办企业的，按其实际到位投资额的10%给予资助，最高不超过200万元。";
    expect(factAt(text, "200万元").indicator).toBe("startup_grant");
  });
});

describe("budgets and money paid out", () => {
  test("an annual budget with a lower bound and a spaced unit (seed 002)", () => {
    const text = "充分发挥区人才专项资金“撬动作用”，每年区财政预算安排专项资金不低于120 万元，作为重大人才项目的组织实施。";
    expect(extractIndicators(text).map(row)).toEqual([{ value: 1200000, unit: "CNY", qualifier: "min", period: "per_year", indicator: "talent_fund", is_target: false }]);
  });

  test("a budget named before the amount and spent on what follows it (支持…, 用于…) is a talent fund, not a grant", () => {
    const budget = "区财政每年安排人才专项资金3000万元支持青年人才创业。";
    expect(row(factAt(budget, "3000万元"))).toEqual({ value: 30000000, unit: "CNY", qualifier: "exact", period: "per_year", indicator: "talent_fund", is_target: false });
    expect(factAt("市级财政列支800万元用于引进高层次人才。", "800万元").indicator).toBe("talent_fund");
    expect(factAt("对来我市创业的团队，给予最高50万元支持。", "50万元").indicator).toBe("startup_grant");
  });

  test("a figure for one named year is that year's flow; an amount paid to date has no period (seed 003)", () => {
    const loans = "帮助企业加快科技成果转化和创新创业，仅2020年就发放“人才贷”1045万元，有效助力企业产业升级。";
    expect(row(factAt(loans, "1045万元"))).toEqual({ value: 10450000, unit: "CNY", qualifier: "exact", period: "per_year", indicator: "subsidies_disbursed", is_target: false });
    const paid = "将发放生活补贴的范围涵盖到企业全职引进正高级专业技术人才，目前已累计发放236.3万元，企业在吸纳人才方面的竞争力明显增强。";
    expect(row(factAt(paid, "236.3万元"))).toEqual({ value: 2363000, unit: "CNY", qualifier: "exact", period: null, indicator: "subsidies_disbursed", is_target: false });
  });

  test("a reward paid to firms is money paid out; the firms are not (seed 004)", () => {
    const text = "全面落实人才相关政策，为15家上市企业发放1615万元奖励资金；为国家级科研院所和“双一流”建设高校808人发放各类奖补资金。";
    expect(row(factAt(text, "1615万元"))).toEqual({ value: 16150000, unit: "CNY", qualifier: "exact", period: null, indicator: "subsidies_disbursed", is_target: false });
    expect(factAt(text, "15家").indicator).toBe("other");
    expect(factAt(text, "808人").indicator).toBe("other");
  });
});

describe("a payment promised is not money paid out", () => {
  test("一次性发放 to each graduate is an allowance; a monthly 住房补贴 is a rent subsidy", () => {
    const text = "对首次来青就业的本科以上毕业生，一次性发放5000元就业补贴；在青就业创业的高校毕业生，3年内可享受每月最高1200元的住房补贴。";
    expect(row(factAt(text, "5000元"))).toEqual({ value: 5000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "living_allowance", is_target: false });
    expect(row(factAt(text, "1200元"))).toEqual({ value: 1200, unit: "CNY", qualifier: "max", period: "per_month", indicator: "rent_subsidy", is_target: false });
  });

  test("the total paid to many people in a year is money paid out", () => {
    const text = "2023年全市发放人才住房租赁补贴2.1亿元，惠及9.6万人。";
    expect(row(factAt(text, "2.1亿元"))).toEqual({ value: 210000000, unit: "CNY", qualifier: "exact", period: "per_year", indicator: "subsidies_disbursed", is_target: false });
    expect(factAt(text, "9.6万人").indicator).toBe("other");
  });

  test("money a team or person received is money paid out; money offered to whoever qualifies is not", () => {
    expect(factAt("该团队荣获省科技进步一等奖，获得奖金50万元。", "50万元").indicator).toBe("subsidies_disbursed");
    const youth = "去年全县23名返乡创业青年获得创业补贴共计115万元。";
    expect(fields(youth, "value", "indicator")).toEqual([[23, "other"], [1150000, "subsidies_disbursed"]]);
    const offer = "获得“省级技能大师”称号的，一次性奖励5万元。";
    expect(factAt(offer, "5万元")).toMatchObject({ period: "one_off" });
    expect(factAt(offer, "5万元").indicator).not.toBe("subsidies_disbursed");
    expect(factAt("入选者可获得最高100万元项目资助。", "100万元").indicator).toBe("startup_grant");
  });
});

describe("outcomes and statistics", () => {
  test("a talent total, its share of the population and its parts (seed 001)", () => {
    const text = "截至目前,大庆市人才总量达到48.9万人以上,占全市常住人口(278万)的17.6%,其中党政人才1.97万人、企业经营管理人才3.9万人、专业技术人才12万人。";
    expect(row(factAt(text, "48.9万人"))).toEqual({ value: 489000, unit: "person", qualifier: "min", period: null, indicator: "talent_stock", is_target: false });
    expect(row(factAt(text, "278万"))).toEqual({ value: 2780000, unit: "person", qualifier: "exact", period: null, indicator: "population", is_target: false });
    expect(row(factAt(text, "17.6%"))).toEqual({ value: 17.6, unit: "percent", qualifier: "exact", period: null, indicator: "talent_share", is_target: false });
    for (const [surface, value] of [["1.97万人", 19700], ["3.9万人", 39000], ["12万人", 120000]] as const) {
      expect(row(factAt(text, surface))).toEqual({ value, unit: "person", qualifier: "exact", period: null, indicator: "talent_stock", is_target: false });
    }
  });

  test("the parts of a total introduced take its code, not the stock's", () => {
    const text = "2023年，全区共引进各类人才2,350人，其中博士86人、硕士以上学历412人。目前，全区人才总量约12.6万人。";
    expect(row(factAt(text, "2,350人"))).toEqual({ value: 2350, unit: "person", qualifier: "exact", period: "per_year", indicator: "talents_introduced", is_target: false });
    expect(factAt(text, "86人").indicator).toBe("talents_introduced");
    expect(factAt(text, "412人").indicator).toBe("talents_introduced");
    expect(row(factAt(text, "12.6万人"))).toEqual({ value: 126000, unit: "person", qualifier: "approx", period: null, indicator: "talent_stock", is_target: false });
  });

  test("the parts listed after 其中 end with the sentence", () => {
    const text = "今年全市引进人才1.2万人，其中博士500人。全市现有两院院士12人。";
    expect(factAt(text, "500人").indicator).toBe("talents_introduced");
    expect(factAt(text, "12人").indicator).toBe("talent_stock");
  });

  test("the parts of a total named again with 中 take the total's code; the total is one row", () => {
    const text = "去年全市新引进各类人才1260名。在1260名新引进人才中，博士120人、硕士860人。";
    expect(extractIndicators(text).map((f) => [f.value, f.indicator])).toEqual([
      [1260, "talents_introduced"],
      [120, "talents_introduced"],
      [860, "talents_introduced"],
    ]);
  });

  test("a recruitment fair: employers, positions, visitors, résumés (seed 000 and another city)", () => {
    const suihua = "宣传推介引才政策“金十条”，活动直播共7万余人收看，53家企业线上招聘2995人，收到应聘简历4100余份。";
    expect(row(factAt(suihua, "7万"))).toEqual({ value: 70000, unit: "person", qualifier: "min", period: null, indicator: "outreach", is_target: false });
    expect(factAt(suihua, "53家").indicator).toBe("recruiting_employers");
    expect(factAt(suihua, "2995人").indicator).toBe("recruitment_positions");
    expect(row(factAt(suihua, "4100"))).toEqual({ value: 4100, unit: "item", qualifier: "min", period: null, indicator: "outreach", is_target: false });
    const fair = "本次招聘会共有320家用人单位参会，提供就业岗位1.2万余个，吸引2.5万人次入场求职。";
    expect(factAt(fair, "320家").indicator).toBe("recruiting_employers");
    expect(row(factAt(fair, "1.2万"))).toEqual({ value: 12000, unit: "item", qualifier: "min", period: null, indicator: "recruitment_positions", is_target: false });
    expect(row(factAt(fair, "2.5万人次"))).toEqual({ value: 25000, unit: "person_time", qualifier: "exact", period: null, indicator: "outreach", is_target: false });
  });

  test("a bare figure takes its unit from the measure noun before it (seed 000)", () => {
    const text = "“绥化党建e家”微信公众号刊发引才政策“金十条”宣传图解，阅读人次累计超过5万，市人才工作中心4条服务专线累计接听政策咨询电话400余人次。";
    expect(row(factAt(text, "5万"))).toEqual({ value: 50000, unit: "person_time", qualifier: "min", period: null, indicator: "outreach", is_target: false });
    expect(factAt(text, "4条").indicator).toBe("other");
    expect(factAt(text, "400").indicator).toBe("outreach");
  });

  test("graduates retained, talents introduced, a rank, a share of talents", () => {
    const text =
      "2022年，全市新引进基础人才23万人，新引进高校毕业生16.9万人。该市人才吸引力指数位列全国第15位，较上年上升3位。人才占从业人员比重达23.5%。";
    expect(row(factAt(text, "23万人"))).toEqual({ value: 230000, unit: "person", qualifier: "exact", period: "per_year", indicator: "talents_introduced", is_target: false });
    expect(row(factAt(text, "16.9万人"))).toEqual({ value: 169000, unit: "person", qualifier: "exact", period: "per_year", indicator: "graduates_retained", is_target: false });
    expect(row(factAt(text, "第15位"))).toEqual({ value: 15, unit: "rank", qualifier: "exact", period: null, indicator: "ranking", is_target: false });
    expect(row(factAt(text, "23.5%"))).toEqual({ value: 23.5, unit: "percent", qualifier: "exact", period: null, indicator: "talent_share", is_target: false });
    expect(values(text)).not.toContain(3);
  });

  test("a change in 个百分点 continues the share it follows", () => {
    const text = "本地高校毕业生留本地就业率由2021年的31%提升至46%，提高15个百分点。";
    const rows = extractIndicators(text).map(row);
    expect(rows).toEqual([
      { value: 31, unit: "percent", qualifier: "exact", period: null, indicator: "graduates_retained", is_target: false },
      { value: 46, unit: "percent", qualifier: "exact", period: null, indicator: "graduates_retained", is_target: false },
      { value: 15, unit: "percent", qualifier: "exact", period: null, indicator: "graduates_retained", is_target: false },
    ]);
  });

  test("apartments in units and floor area, projects signed and their investment", () => {
    const text = "市内已建成人才公寓二百四十套，总建筑面积约1.1万平方米。现场签约项目45个，总投资达326亿元。";
    expect(row(factAt(text, "二百四十套"))).toEqual({ value: 240, unit: "item", qualifier: "exact", period: null, indicator: "talent_apartments", is_target: false });
    expect(row(factAt(text, "1.1万平方米"))).toEqual({ value: 11000, unit: "m2", qualifier: "approx", period: null, indicator: "talent_apartments", is_target: false });
    expect(factAt(text, "45个").indicator).toBe("investment");
    expect(row(factAt(text, "326亿元"))).toEqual({ value: 32600000000, unit: "CNY", qualifier: "exact", period: null, indicator: "investment", is_target: false });
  });

  test("problems solved for talents and the cadres paired with them (seed 000)", () => {
    const text = "截至目前，市县两级521名党政领导干部与1050名人才“结对子”“交朋友”，常态化开展交流、走访、互动，累计解决人才生活工作中遇到的难题300余个。";
    expect(factAt(text, "521名").indicator).toBe("talents_served");
    expect(factAt(text, "1050名").indicator).toBe("talents_served");
    expect(row(factAt(text, "300"))).toEqual({ value: 300, unit: "item", qualifier: "min", period: null, indicator: "problems_solved", is_target: false });
  });

  test("disputes settled for farmers are not problems solved for talents", () => {
    const text = "组建县级专家服务团，协助解决林权纠纷、土地补偿等问题81个。";
    expect(factAt(text, "81个").indicator).toBe("other");
  });
});

describe("targets", () => {
  test("an annual work target (seed 000)", () => {
    const text = "今年，绥化确立了签约内资项目资金400亿元、新增高新技术企业30家、建设科技创新平台20家、引进各类人才4000人的全年工作目标。";
    expect(extractIndicators(text).map(row)).toEqual([
      { value: 40000000000, unit: "CNY", qualifier: "exact", period: "per_year", indicator: "investment", is_target: true },
      { value: 30, unit: "item", qualifier: "exact", period: "per_year", indicator: "other", is_target: true },
      { value: 20, unit: "item", qualifier: "exact", period: "per_year", indicator: "platforms", is_target: true },
      { value: 4000, unit: "person", qualifier: "exact", period: "per_year", indicator: "talents_introduced", is_target: true },
    ]);
  });

  test("plans with 将, 力争 and 到2025年 are targets; the stock as of 2022 is not", () => {
    const text = "今年将新建人才公寓5000套，新认定院士专家工作站15家。到2025年，全市人才总量力争突破80万人。截至2022年底，全市人才总量达到62万人。";
    expect(factAt(text, "5000套").is_target).toBe(true);
    expect(factAt(text, "5000套").indicator).toBe("talent_apartments");
    expect(factAt(text, "15家").is_target).toBe(true);
    expect(factAt(text, "80万人").is_target).toBe(true);
    expect(row(factAt(text, "62万人"))).toEqual({ value: 620000, unit: "person", qualifier: "exact", period: null, indicator: "talent_stock", is_target: false });
  });

  test("将 meaning 把 does not make a target", () => {
    const text = "设立人才专属节日，将人才工作纳入目标考评体系，全年引进博士120人。";
    expect(factAt(text, "120人").is_target).toBe(false);
  });

  test("a year after 到 or 至 in a change already made is no deadline", () => {
    const growth = "全市技能人才从2016年的3.2万人增长到2023年的7.5万人。";
    expect(fields(growth, "value", "is_target")).toEqual([[32000, false], [75000, false]]);
    const rise = "全区研发人员由2015年的1.1万人增至2022年的2.4万人，年均增长12%。";
    expect(fields(rise, "value", "is_target")).toEqual([[11000, false], [24000, false], [12, false]]);
    expect(fields("全省高新技术企业数量提高到2023年的420家。", "value", "is_target")).toEqual([[420, false]]);
  });

  test("a deadline opening a clause or followed by a word of planning makes a target", () => {
    expect(factAt("到2027年，全省高技能人才总量达到120万人。", "120万人").is_target).toBe(true);
    expect(factAt("到2030年全市新增人才公寓2万套。", "2万套").is_target).toBe(true);
    expect(factAt("全区人才资源总量到2026年将突破30万人。", "30万人").is_target).toBe(true);
    expect(factAt("力争五年内引进高层次人才3000人。", "3000人").is_target).toBe(true);
    expect(factAt("今年全市新引进大学生有望突破5万人。", "5万人").is_target).toBe(true);
  });
});

describe("figures that are not indicators", () => {
  test("titles, names, slogans and idioms (seed 002 and 000)", () => {
    expect(extractIndicators("全面落实哈尔滨《人才新政30 条》，紧盯发展“归雁经济”这件大事。")).toEqual([]);
    expect(extractIndicators("习近平总书记在党的二十大报告中明确指出，突出“十四五”时期的重点工作。")).toEqual([]);
    expect(extractIndicators("绥化市委、市政府研究制定了人才政策‘金十条’，以三顾茅庐的诚心和千金买骨的诚意求才引才。")).toEqual([]);
    expect(extractIndicators("推动实现人才需求“一窗受理”，深化党政领导干部一对一联系服务人才制度。")).toEqual([]);
    expect(extractIndicators("长春市建设“长春人才创新港”，全力融入“3+N”国家人才战略的版图一角。")).toEqual([]);
  });

  test("a size class is a label; the projects it labels are counted (seed 004)", () => {
    const text = "2020年以来，依托6个百亿元项目、302个十亿元以上项目、1112个亿元以上项目打造产业人才高地，集聚高端产业人才6500余人。";
    expect(extractIndicators(text).map((f) => [f.value, f.unit, f.indicator])).toEqual([
      [6, "item", "investment"],
      [302, "item", "investment"],
      [1112, "item", "investment"],
      [6500, "person", "talents_introduced"],
    ]);
  });

  test("eligibility thresholds, durations, dates and class ranks", () => {
    expect(extractIndicators("对年薪50万元以上的高端人才，按其个人所得税地方留成部分给予奖励。")).toEqual([]);
    expect(extractIndicators("对投资2亿元以上的项目给予用地保障，对工作满两年的毕业生纳入引进范围。")).toEqual([]);
    expect(extractIndicators("将每年9月27日确定为“长春人才节（企业家节）”，该市排名进入全国前10%。")).toEqual([]);
    expect(extractIndicators("对到企业工作的人才，连续3年免费入住人才公寓。")).toEqual([]);
    expect(extractIndicators("该项目投资额在1亿元以上的，给予最高500万元奖励。").map((f) => f.value)).toEqual([5000000]);
  });

  test("a bound amount before 的 and a short noun phrase that a grant follows is a threshold, whatever the noun", () => {
    expect(extractIndicators("对年纳税额300万元以上的民营企业家给予表彰奖励。")).toEqual([]);
    expect(extractIndicators("对年薪60万元以上的外籍高管，按其个人所得税地方留成部分给予奖励。")).toEqual([]);
    expect(values("年营业收入2亿元以上的制造业企业可申请最高100万元技改补助。")).toEqual([1000000]);
    expect(values("给予每人最高5万元的补助可分三年发放。")).toEqual([50000]);
  });

  test("slogans whose numeral reads as a count are not facts; idioms without a counter need no list", () => {
    const slogans = [
      "干部要增强四个意识、坚定四个自信、做到两个维护。", // each of the three is a count of 4 or 2 items to the quantity finder
      "深刻领悟两个确立的决定性意义。",
      "统筹推进五位一体总体布局，协调推进四个全面战略布局。", // 五位 reads as 5 persons
      "入选国家百千万人才工程的专家可享受市级津贴。", // 千万人 reads as 10 million people
      "推行一窗受理、一网通办，实现一次不跑，打造一流营商环境。", // no counter: nothing to set aside
    ];
    for (const text of slogans) expect(extractIndicators(text), text).toEqual([]);
  });

  test("counts of the document's own parts, articles and single occurrences", () => {
    expect(extractIndicators("大庆市创造性地探索出了“思维理念、引进标准”等六个方面“打捆引才”做法。")).toEqual([]);
    expect(extractIndicators("每名高层次人才均由一名县级领导干部对接，坚持每季度至少召开一次人才工作联席会。")).toEqual([]);
    expect(extractIndicators("用人单位每引进1名博士，县财政给予单位5万元引才奖励。").map((f) => [f.value, f.indicator])).toEqual([[50000, "other"]]);
  });

  test("个亿 is spoken money, not a count of things", () => {
    const text = "全县每年用于引才育才的资金达到3个亿，比五年前翻了一番。";
    expect(extractIndicators(text).map((f) => [f.value, f.unit])).toEqual([[300000000, "CNY"]]);
  });

  test("a count before 万 that names a size is still a count (5个万人小区)", () => {
    expect(extractIndicators("今年新建5个万人小区，配套建设人才公寓800套。").map((f) => [f.value, f.unit])).toEqual([[5, "item"], [800, "item"]]);
  });

  test("31条举措 counts measures, 4条服务专线 does not", () => {
    const text = "从急需紧缺人才引进培养、人才服务保障等方面提出31条举措，并开通4条服务专线。";
    expect(factAt(text, "31条").indicator).toBe("policy_measures");
    expect(factAt(text, "4条").indicator).toBe("other");
  });
});

describe("repeats, order and evidence", () => {
  test("a fact stated in a heading and again in the body is one row, as the body states it (seed 001)", () => {
    const text = "“打捆引才” 三年引才4.3万人\n统筹制定市、县、区各具竞争力的引进标准。三年间，全市共引进人才4.3万人。";
    const facts = extractIndicators(text);
    expect(facts.map((f) => [f.value, f.indicator])).toEqual([[43000, "talents_introduced"]]);
    expect(facts[0].start).toBe(text.lastIndexOf("4.3万人"));
  });

  test("a fact stated twice in the body is kept where first stated", () => {
    const text = "去年全市新引进博士1260名。这1260名博士中，有三成来自海外。";
    expect(extractIndicators(text).filter((f) => f.value === 1260).map((f) => f.start)).toEqual([text.indexOf("1260名")]);
  });

  test("a bound in a headline restating the top of a range is dropped for the range", () => {
    const text = "引进博士最高可享50万元安家费\n对全职引进的博士研究生，给予30万至50万元安家费。";
    expect(extractIndicators(text).map(rangeRow)).toEqual([
      { value_min: 300000, value_max: 500000, unit: "CNY", qualifier: "range", period: "one_off", indicator: "housing_purchase_subsidy", is_target: false },
    ]);
  });

  test("items of a numbered schedule stay apart even when their amounts agree", () => {
    const text = "1.东南板块引进博士后生活补贴25万元；\n2.西北板块引进博士生活补贴25万元；\n3.东南板块引进博士生活补贴15万元。";
    expect(values(text)).toEqual([250000, 250000, 150000]);
  });

  test("a figure continuing one that names nothing takes the code of its restatement", () => {
    const text = "人才政策条款从过去的40条增加到了65条。在65条政策条款中，有20条为首次出台。";
    expect(extractIndicators(text).filter((f) => f.value === 65).map((f) => [f.start, f.indicator])).toEqual([[text.indexOf("65条"), "policy_measures"]]);
  });

  test("facts are sorted by start and their evidence is the clause holding the figure", () => {
    const text = "今年以来，引进产业紧缺人才8119人；实施招才引智同步招商引资工程，签约重要人才团队2个。";
    const facts = extractIndicators(text);
    expect(facts.map((f) => f.start)).toEqual([...facts.map((f) => f.start)].sort((a, b) => a - b));
    expect(facts.map((f) => text.slice(f.evidence_start, f.evidence_end))).toEqual(["引进产业紧缺人才8119人", "签约重要人才团队2个"]);
    expect(facts.map((f) => f.indicator)).toEqual(["talents_introduced", "talents_introduced"]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("a bound word away from its figure", () => {
  test("最高 or 最低 before verbs, period words or the name of the amount still bounds it", () => {
    const housing = "经认定的产业领军人才，安家补贴每人最高分三年发放150万元。";
    expect(row(factAt(housing, "150万元"))).toEqual({ value: 1500000, unit: "CNY", qualifier: "max", period: "one_off", indicator: "housing_purchase_subsidy", is_target: false });
    const postdoc = "在本市缴纳社保的博士后，生活补助每人每年最高可按6万元标准发放。";
    expect(row(factAt(postdoc, "6万元"))).toEqual({ value: 60000, unit: "CNY", qualifier: "max", period: "per_year", indicator: "living_allowance", is_target: false });
    const rural = "对在乡村振兴一线服务的高校毕业生，最高每月发放2500元基层服务补贴。";
    expect(row(factAt(rural, "2500元"))).toEqual({ value: 2500, unit: "CNY", qualifier: "max", period: "per_month", indicator: "living_allowance", is_target: false });
    const loans = "个人创业担保贷款最高额度为30万元，小微企业最高贷款额度为400万元。";
    expect(factAt(loans, "30万元")).toMatchObject({ qualifier: "max", indicator: "startup_loan" });
    expect(factAt(loans, "400万元")).toMatchObject({ qualifier: "max", indicator: "startup_loan" });
    const floor = "对新入职的硕士研究生，用人单位每人每月最低发放3500元生活补助。";
    expect(row(factAt(floor, "3500元"))).toEqual({ value: 3500, unit: "CNY", qualifier: "min", period: "per_month", indicator: "living_allowance", is_target: false });
  });

  test("a bound word that belongs to another word or another number does not bound the figure", () => {
    expect(factAt("对最高学历为博士研究生者给予8万元安家补贴。", "8万元").qualifier).toBe("exact");
    expect(factAt("年龄不超过40周岁博士给予10万元安家补贴。", "10万元").qualifier).toBe("exact");
    expect(factAt("全市最低工资标准为每月2100元。", "2100元").qualifier).toBe("exact");
    expect(factAt("去年人才服务窗口最多跑一次事项办结1.3万件。", "1.3万件").qualifier).toBe("exact");
  });

  test("a bound before a list of figures bounds every figure of the list", () => {
    const degrees = "对新落户的博士、硕士，分别给予最高8万元、5万元安家补贴。";
    expect(fields(degrees, "value", "qualifier")).toEqual([[80000, "max"], [50000, "max"]]);
    const studios = "对获批的省级、市级技能大师工作室，分别给予不超过50万元、20万元的建设资助。";
    expect(fields(studios, "value", "qualifier")).toEqual([[500000, "max"], [200000, "max"]]);
    const skills = "高级技师、技师、高级工每人每年分别最高补贴6000元、4000元、2000元。";
    expect(fields(skills, "value", "qualifier", "period")).toEqual([
      [6000, "max", "per_year"], [4000, "max", "per_year"], [2000, "max", "per_year"],
    ]);
    const incubators = "对首次认定的国家级、省级孵化器，分别奖励不低于100万元、50万元。";
    expect(fields(incubators, "value", "qualifier")).toEqual([[1000000, "min"], [500000, "min"]]);
  });

  test("a bound stays with its own figure when the next one has a label of its own", () => {
    const text = "给予博士最高8万元、硕士3万元的一次性生活补贴。";
    expect(fields(text, "value", "qualifier")).toEqual([[80000, "max"], [30000, "exact"]]);
  });
});

describe("restatements and different facts with the same figure", () => {
  test("the same amount for two different things is two facts", () => {
    const space = "对新认定的国家级众创空间给予最高100万元建设资助，对入驻的优秀创业项目给予最高100万元的启动资金支持。";
    expect(fields(space, "value", "indicator")).toEqual([[1000000, "startup_grant"], [1000000, "startup_grant"]]);
    const loans = "高层次人才可申请最高500万元的人才贷，科技型中小企业可申请最高500万元的知识产权质押贷款。";
    expect(fields(loans, "value", "indicator")).toEqual([[5000000, "startup_loan"], [5000000, "startup_loan"]]);
    const awards = "对新获批的国家级重点实验室，给予200万元运行经费支持；对新获批的国家级企业技术中心，给予200万元研发资助。";
    expect(values(awards)).toEqual([2000000, 2000000]);
  });

  test("the same amount paid at different intervals is two facts", () => {
    const text = "给予来本市工作的博士每人每年5万元生活补贴；对新进站的博士后，给予一次性5万元生活补贴。";
    expect(fields(text, "value", "period")).toEqual([[50000, "per_year"], [50000, "one_off"]]);
  });

  test("a headline restating a body term in other words is one fact", () => {
    const text = "青年创业最高可获30万元扶持\n对毕业5年内在本市创业的高校毕业生，最高给予30万元无偿创业扶持，并可申请最高50万元创业担保贷款。";
    expect(fields(text, "value", "indicator")).toEqual([[300000, "startup_grant"], [500000, "startup_loan"]]);
  });
});

describe("amounts followed by the name of what they build", () => {
  test("money for building a platform, a park or a project is an amount, not a size class", () => {
    const lab = "对新认定的省级工程技术研究中心，给予50万元至100万元平台运行补贴。";
    expect(rangeRow(factAt(lab, "100万元"))).toEqual({ value_min: 500000, value_max: 1000000, unit: "CNY", qualifier: "range", period: "one_off", indicator: "startup_grant", is_target: false });
    const park = "区财政每年安排500万元园区建设扶持资金，支持大学生创业园提档升级。";
    expect(row(factAt(park, "500万元"))).toEqual({ value: 5000000, unit: "CNY", qualifier: "exact", period: "per_year", indicator: "startup_grant", is_target: false });
    const project = "入选的揭榜项目，一次性给予80万元项目建设补助。";
    expect(row(factAt(project, "80万元"))).toEqual({ value: 800000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "startup_grant", is_target: false });
  });

  test("a size class before the projects it labels stays a label", () => {
    expect(extractIndicators("今年新签约十亿元产业项目12个。").map((f) => [f.value, f.unit])).toEqual([[12, "item"]]);
  });
});

describe("codes of policy terms", () => {
  test("money to build or run a platform, studio or station is a grant, not an allowance", () => {
    const base = "经认定的市级博士后创新实践基地，一次性给予15万元基地建设补助。";
    expect(row(factAt(base, "15万元"))).toEqual({ value: 150000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "startup_grant", is_target: false });
    const lab = "对新获批的省级重点实验室，给予100万元实验室运行补助。";
    expect(factAt(lab, "100万元").indicator).toBe("startup_grant");
    const station = "对新设立的院士工作站，给予每个20万元的建设补贴。";
    expect(factAt(station, "20万元").indicator).toBe("startup_grant");
  });

  test("an award paid to a person, for a degree or for being selected into a talent programme, is an allowance", () => {
    const degrees = "对留在本市工作满一年的毕业生，给予博士后研究人员10万元、博士研究生6万元的一次性人才奖励。";
    expect(extractIndicators(degrees).map(row)).toEqual([
      { value: 100000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "living_allowance", is_target: false },
      { value: 60000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "living_allowance", is_target: false },
    ]);
    const employer = "对在本市企业连续工作满两年的博士，给予每人3万元的一次性留才奖励。";
    expect(row(factAt(employer, "3万元"))).toEqual({ value: 30000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "living_allowance", is_target: false });
    const stay = "对留在本市就业的全日制硕士研究生，每人发放1.5万元留才奖励。";
    expect(row(factAt(stay, "1.5万元"))).toEqual({ value: 15000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "living_allowance", is_target: false });
    const programme = "对入选国家级重大人才工程的，给予每人100万元奖励。";
    expect(row(factAt(programme, "100万元"))).toEqual({ value: 1000000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "living_allowance", is_target: false });
    const province = "新入选省“双创计划”的个人，一次性奖励30万元。";
    expect(factAt(province, "30万元").indicator).toBe("living_allowance");
    const bonus = "首次入选“天府青城计划”的青年人才，市财政配套给予20万元奖金。";
    expect(factAt(bonus, "20万元").indicator).toBe("living_allowance");
  });

  test("an award to a team or a firm stays a grant", () => {
    expect(factAt("对入选的优秀创业团队，给予最高50万元奖励。", "50万元").indicator).toBe("startup_grant");
    expect(factAt("对首次获评国家级专精特新企业的，给予100万元奖励。", "100万元").indicator).toBe("startup_grant");
  });

  test("a start-up fund for talents or young people that a city sets up is a talent fund", () => {
    const youth = "市财政出资设立5亿元青年人才创业基金，支持青年人才来本市创业。";
    expect(row(factAt(youth, "5亿元"))).toEqual({ value: 500000000, unit: "CNY", qualifier: "exact", period: null, indicator: "talent_fund", is_target: false });
    const students = "组建规模20亿元的大学生创新创业基金。";
    expect(factAt(students, "20亿元").indicator).toBe("talent_fund");
    const returnees = "发起设立总规模1亿元的留学人员创业引导基金。";
    expect(factAt(returnees, "1亿元").indicator).toBe("talent_fund");
    expect(factAt("入驻项目可获得10万元创业基金资助。", "10万元").indicator).toBe("startup_grant");
    expect(factAt("市国资平台出资设立30亿元创业投资基金。", "30亿元").indicator).not.toBe("talent_fund");
  });
});

describe("codes of outcomes and recruitment drives", () => {
  test("people drawn back home to start businesses or work are talents introduced", () => {
    expect(factAt("近三年共回引外出务工人员1.2万人。", "1.2万人").indicator).toBe("talents_introduced");
    expect(factAt("全县引导6000余名在外乡贤返乡创业兴业。", "6000").indicator).toBe("talents_introduced");
    expect(factAt("今年动员2300名外出青年回乡就业。", "2300名").indicator).toBe("talents_introduced");
  });

  test("employers selected or mobilised for recruitment or internships are recruiting employers", () => {
    const interns = "今年共遴选85家用人单位，为在校大学生提供暑期实习岗位。";
    expect(factAt(interns, "85家").indicator).toBe("recruiting_employers");
    const trainees = "区人社局组织发动140家企事业单位，面向离校未就业高校毕业生推出见习岗位3000个。";
    expect(factAt(trainees, "140家").indicator).toBe("recruiting_employers");
    expect(factAt(trainees, "3000个").indicator).toBe("recruitment_positions");
    const institutes = "市委组织部主动对接驻地30余家科研院所，年内计划柔性引进专家200名。";
    expect(factAt(institutes, "30").indicator).toBe("recruiting_employers");
  });

  test("firms counted without being selected for recruitment are not recruiting employers", () => {
    const text = "今年全市新增高新技术企业30家，引进各类人才4000人。";
    expect(factAt(text, "30家").indicator).toBe("other");
  });

  test("internship and traineeship places are positions offered", () => {
    expect(factAt("每年为港澳台大学生提供实习机会1200个。", "1200个").indicator).toBe("recruitment_positions");
    expect(factAt("为来华留学生提供300个实习名额。", "300个").indicator).toBe("recruitment_positions");
    expect(factAt("全市推出就业见习机会800余个。", "800").indicator).toBe("recruitment_positions");
  });

  test("universities visited on a recruitment tour are outreach; partner universities are not", () => {
    expect(factAt("赴武汉大学、华中科技大学等12所高校开展专场招聘。", "12所").indicator).toBe("outreach");
    expect(factAt("引才小分队先后走进西北地区15所高校举办校园宣讲会。", "15所").indicator).toBe("outreach");
    expect(factAt("今年深入省内外27所院校开展引才活动。", "27所").indicator).toBe("outreach");
    expect(factAt("与全国40所高校签订人才合作协议。", "40所").indicator).toBe("other");
  });
});

describe("periods of salaries quoted as statistics", () => {
  test("a monthly salary is per month, and so are the figures that continue it", () => {
    const text = "据统计，本科毕业生月薪中位数为6800元，硕士为9500元，博士达到13000元。";
    expect(fields(text, "value", "period")).toEqual([[6800, "per_month"], [9500, "per_month"], [13000, "per_month"]]);
    const wages = "该市企业开出的月工资普遍在4000元左右。";
    expect(row(factAt(wages, "4000元"))).toEqual({ value: 4000, unit: "CNY", qualifier: "approx", period: "per_month", indicator: "other", is_target: false });
    const income = "园区技术工人月收入约6500元，比去年提高了500元。";
    expect(factAt(income, "6500元").period).toBe("per_month");
  });

  test("a figure of another kind in the same sentence does not take the salary's period", () => {
    const text = "应届硕士平均月薪为8200元，另可享受5万元安家补贴。";
    expect(fields(text, "value", "period")).toEqual([[8200, "per_month"], [50000, "one_off"]]);
  });
});

describe("numerals inside quoted names", () => {
  test("a quoted programme name holds no figures, however long", () => {
    expect(extractIndicators("全面落实“千名博士进企业、万名硕士下基层人才振兴行动”。")).toEqual([]);
    expect(extractIndicators("省里启动“百名领军人才、千名青年英才、万名技能工匠培育计划”。")).toEqual([]);
    expect(extractIndicators("深入实施“十万大学生留鲁、百万技能人才提升工程”。")).toEqual([]);
  });

  test("a long quotation that is not a name keeps its figures", () => {
    const text = "他介绍说：“全市三年来共引进各类高层次和急需紧缺人才3.5万人”。";
    expect(factAt(text, "3.5万人").indicator).toBe("talents_introduced");
  });
});

describe("a topic opening the sentence names the money after it", () => {
  test("<noun>方面, 在…方面, 关于… and …上 name the kind of money for figures that name none", () => {
    const housing = "在购房补贴方面，博士可获30万元，硕士可获15万元。";
    expect(extractIndicators(housing).map(row)).toEqual([
      { value: 300000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "housing_purchase_subsidy", is_target: false },
      { value: 150000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "housing_purchase_subsidy", is_target: false },
    ]);
    const rent = "关于租房补贴，新就业的本科毕业生每月可领1000元。";
    expect(row(factAt(rent, "1000元"))).toEqual({ value: 1000, unit: "CNY", qualifier: "exact", period: "per_month", indicator: "rent_subsidy", is_target: false });
    const living = "生活津贴上，对市级领军人才每年发给12万元。";
    expect(row(factAt(living, "12万元"))).toEqual({ value: 120000, unit: "CNY", qualifier: "exact", period: "per_year", indicator: "living_allowance", is_target: false });
    const research = "科研经费方面，对入选的创新团队给予500万元至1000万元不等。";
    expect(rangeRow(factAt(research, "1000万元"))).toEqual({ value_min: 5000000, value_max: 10000000, unit: "CNY", qualifier: "range", period: "one_off", indicator: "startup_grant", is_target: false });
  });

  test("a figure naming its own money keeps it, and the topic ends with its sentence", () => {
    const own = "安家补贴方面，博士给予20万元，另每月发放2000元租房补贴。";
    expect(fields(own, "value", "indicator", "period")).toEqual([[200000, "housing_purchase_subsidy", "one_off"], [2000, "rent_subsidy", "per_month"]]);
    const next = "购房补贴方面，博士给予20万元。对新落户的创业团队给予500万元。";
    expect(factAt(next, "500万元").indicator).not.toBe("housing_purchase_subsidy");
  });
});

describe("research money, talents brought in, platforms and events", () => {
  test("research or platform money named before the amount is a grant, not an allowance", () => {
    const professor = "每位特聘教授给予安家费60万元、科研启动经费100万元。";
    expect(fields(professor, "value", "indicator")).toEqual([[600000, "housing_purchase_subsidy"], [1000000, "startup_grant"]]);
    const fellow = "入选者可获得科研经费80万元、生活补贴20万元。";
    expect(fields(fellow, "value", "indicator")).toEqual([[800000, "startup_grant"], [200000, "living_allowance"]]);
    const station = "对新认定的省级专家工作站，给予建站补贴30万元。";
    expect(row(factAt(station, "30万元"))).toEqual({ value: 300000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "startup_grant", is_target: false });
  });

  test("talents brought in together with those trained, or who won places in programmes, are introductions", () => {
    expect(factAt("三年内引进培育国家级人才计划入选者50名。", "50名").indicator).toBe("talents_introduced");
    expect(factAt("全市培养引进青年拔尖人才和省级人才工程入选者300人。", "300人").indicator).toBe("talents_introduced");
    expect(factAt("今年全市入选省级人才工程120人。", "120人").indicator).toBe("other");
    expect(factAt("新培养高技能人才5000人。", "5000人").indicator).toBe("other");
  });

  test("people and talent projects signed are introductions; industrial projects signed are investment", () => {
    expect(factAt("全年与高校签约专家教授46名。", "46名").indicator).toBe("talents_introduced");
    expect(factAt("现场签约博士和硕士研究生215人。", "215人").indicator).toBe("talents_introduced");
    expect(factAt("对接会现场签约高层次人才项目21个。", "21个").indicator).toBe("talents_introduced");
    expect(factAt("今年签约项目带动就业1200人。", "1200人").indicator).toBe("other");
    const returnees = "今年签约海外人才创业项目12个，总投资8亿元；签约产业项目45个。";
    expect(fields(returnees, "value", "indicator")).toEqual([[12, "talents_introduced"], [800000000, "investment"], [45, "investment"]]);
  });

  test("小院 and 飞地 are platforms, named before or after the count", () => {
    expect(factAt("已在12个乡镇建起“专家小院”19个。", "19个").indicator).toBe("platforms");
    expect(factAt("今年依托龙头企业建成5个院士小院。", "5个").indicator).toBe("platforms");
    expect(factAt("在深圳、杭州建成人才飞地2个。", "2个").indicator).toBe("platforms");
  });

  test("events held are outreach; training sessions are not", () => {
    expect(factAt("全年举办“人才沙龙”等交流活动36场。", "36场").indicator).toBe("outreach");
    expect(factAt("组织开展科技下乡活动58次。", "58次").indicator).toBe("outreach");
    expect(factAt("策划人才节系列活动12项。", "12项").indicator).toBe("outreach");
    expect(factAt("开展技能培训活动40场。", "40场").indicator).toBe("other");
  });

  test("the articles of a policy counted after its chapters are measures; the chapters are parts", () => {
    expect(fields("《若干措施》共分六章42条。", "value", "indicator")).toEqual([[42, "policy_measures"]]);
    expect(fields("新出台的《人才引进办法》包括5章28条。", "value", "indicator")).toEqual([[28, "policy_measures"]]);
    expect(fields("《实施方案》共三部分20条。", "value", "indicator")).toEqual([[20, "policy_measures"]]);
  });

  test("a money grant with no purpose named is paid once", () => {
    expect(row(factAt("对新获批的国家级技能大师，给予每人50万元。", "50万元"))).toEqual({ value: 500000, unit: "CNY", qualifier: "exact", period: "one_off", indicator: "other", is_target: false });
    expect(factAt("每推荐成功1名高层次人才，给予推荐机构3万元。", "3万元")).toMatchObject({ indicator: "other", period: "one_off" });
    expect(factAt("用人单位每引进1名博士，县财政给予单位5万元引才奖励。", "5万元")).toMatchObject({ indicator: "other", period: "one_off" });
    expect(factAt("园区企业员工月均工资为6200元。", "6200元").period).toBe("per_month");
  });
});

describe("what a restatement is", () => {
  test("a bound in a headline does not replace the body's exact figure", () => {
    const text = "引才新政：博士安家费最高50万元\n对全职引进的博士，按学科分别给予50万元、30万元安家费。";
    expect(fields(text, "value", "qualifier", "indicator")).toEqual([[500000, "exact", "housing_purchase_subsidy"], [300000, "exact", "housing_purchase_subsidy"]]);
    const bracketed = "【科研启动资金最高300万元 助力领军人才落户】日前，该区对新引进的国家级领军人才、省级领军人才分别给予300万元、150万元科研启动资金。";
    expect(fields(bracketed, "value", "qualifier")).toEqual([[3000000, "exact"], [1500000, "exact"]]);
    const capped = "博士购房补贴20万元\n对引进的博士，最高给予20万元购房补贴。";
    expect(fields(capped, "value", "qualifier")).toEqual([[200000, "max"]]);
  });

  test("a value repeated in two different lists is two facts; a list restated in part is not", () => {
    const tiers = "对A类、B类、C类人才每月分别发放6000元、4000元、3000元；对D类、E类人才每月分别发放3000元、2000元。";
    expect(values(tiers)).toEqual([6000, 4000, 3000, 3000, 2000]);
    const salaries = "全职引进人才年薪补贴分别为20万元、12万元、8万元；柔性引进人才分别为12万元、6万元。";
    expect(values(salaries)).toEqual([200000, 120000, 80000, 120000, 60000]);
    const headline = "博士安家费30万元、硕士15万元\n对新引进的博士、硕士、本科生分别给予30万元、15万元、5万元安家费。";
    expect(values(headline)).toEqual([300000, 150000, 50000]);
  });

  test("counts that name nothing after them are told apart by the words before them", () => {
    const awards = "去年获省科技进步一等奖1项、二等奖1项、三等奖2项；获市优秀专利奖1项。";
    expect(values(awards)).toEqual([1, 1, 2, 1]);
    const trained = "五年内培养乡村振兴带头人才达到2万名，培养农村电商人才达2万名。";
    expect(values(trained)).toEqual([20000, 20000]);
    const firms = "新增国家级专精特新企业8家，新增省级专精特新企业8家。";
    expect(values(firms)).toEqual([8, 8]);
    const restated = "全市新增专精特新企业36家\n据介绍，今年全市新增专精特新企业36家。";
    expect(values(restated)).toEqual([36]);
  });
});

describe("counts easily misread", () => {
  test("名 before 企业, 医 or 校 still counts people when a noun for people follows", () => {
    expect(fields("全年培训30名企业高管。", "value", "unit")).toEqual([[30, "person"]]);
    expect(fields("引进50名企业家来区投资兴业。", "value", "unit", "indicator")).toEqual([[50, "person", "talents_introduced"]]);
    expect(fields("遴选200名医务骨干赴外进修。", "value", "unit")).toEqual([[200, "person"]]);
    expect(extractIndicators("组建名企名校联盟。")).toEqual([]);
  });

  test("vague amounts are no facts; paired numerals are a range", () => {
    expect(extractIndicators("每年吸引数万名大学生来杭实习。")).toEqual([]);
    expect(extractIndicators("招聘会吸引了几百家企业、上千名求职者。")).toEqual([]);
    expect(extractIndicators("十几万元的补贴吸引了成千上万的毕业生。")).toEqual([]);
    expect(rangeRow(factAt("给予两三万元的一次性补贴。", "两三万元"))).toMatchObject({ value_min: 20000, value_max: 30000, qualifier: "range" });
    expect(fields("今年吸引千余名博士，近千人参会。", "value", "qualifier")).toEqual([[1000, "min"], [1000, "approx"]]);
  });

  test("land in 亩 or 公顷 is outside the unit list; floor area in 平方米 is kept", () => {
    expect(extractIndicators("驻村专家指导群众完成夏粮收割3.6万亩。")).toEqual([]);
    expect(extractIndicators("今年新增高标准农田800公顷。")).toEqual([]);
    expect(fields("园区流转土地1200亩，建成人才公寓2.4万平方米。", "value", "unit", "indicator")).toEqual([[24000, "m2", "talent_apartments"]]);
  });

  test("the tiers of a classification are not counted", () => {
    expect(extractIndicators("将全市高层次人才划分为六个层次。")).toEqual([]);
    expect(extractIndicators("补贴标准分为三个档次。")).toEqual([]);
    expect(values("人才分为四个类别，给予最高50万元的奖励。")).toEqual([500000]);
  });
});

describe("periods, codes and names in reports on outcomes (written for these tests)", () => {
  test("a paragraph opening with 全年 or a named year makes the flows after it that year's; stocks and 去年 alone do not", () => {
    const entry =
      "【综述】2022年，新都区委人才办持续优化人才服务。全年，区公安分局为新引进人才办理落户2156人，其中博士42人、硕士618人。" +
      "为外籍人才办理工作许可87件，外国人居留许可96人。截至2022年底，全区人才总量达15.3万人，其中高层次人才2100人。";
    expect(fields(entry, "value", "period", "indicator")).toEqual([
      [2156, "per_year", "talents_introduced"],
      [42, "per_year", "talents_introduced"],
      [618, "per_year", "talents_introduced"],
      [87, "per_year", "other"],
      [96, "per_year", "other"],
      [153000, null, "talent_stock"],
      [2100, null, "talent_stock"],
    ]);
    expect(fields("去年全年，全市新增大学生就业创业1.8万人，发放人才补贴3200万元。", "value", "period", "indicator")).toEqual([
      [18000, "per_year", "graduates_retained"],
      [32000000, "per_year", "subsidies_disbursed"],
    ]);
    expect(factAt("去年，全市新引进人才8000人。", "8000人").period).toBeNull();
    // A bare year dates the total it opens, not each of its parts.
    expect(fields("2023年，全区共引进各类人才2,350人，其中博士86人。", "value", "period")).toEqual([[2350, "per_year"], [86, null]]);
  });

  test("an amount put up 连续N年 is put up each year; a condition or a total over the run is not", () => {
    expect(row(factAt("省财政连续五年安排2亿元人才发展专项资金，用于支持高层次人才引进。", "2亿元"))).toEqual({ value: 200000000, unit: "CNY", qualifier: "exact", period: "per_year", indicator: "talent_fund", is_target: false });
    expect(factAt("在本市连续3年以上缴纳社保的，给予5万元购房补贴。", "5万元").period).toBe("one_off");
    expect(factAt("市财政连续三年累计投入人才资金6亿元。", "6亿元").period).toBeNull();
  });

  test("a science fund beside a talent fund of the same amount is a second, different fact", () => {
    expect(fields("市财政每年安排5亿元人才发展专项资金和5亿元科技专项资金。", "value", "period", "indicator")).toEqual([
      [500000000, "per_year", "talent_fund"],
      [500000000, "per_year", "other"],
    ]);
  });

  test("money applied for on recipients' behalf is neither paid out nor a grant; money a person may apply for is a grant", () => {
    expect(row(factAt("今年以来，长春市为近1500名应届高校毕业生申报求职创业补贴近120万元。", "120万元"))).toEqual({ value: 1200000, unit: "CNY", qualifier: "approx", period: null, indicator: "other", is_target: false });
    expect(row(factAt("符合条件的毕业生可申请最高5万元创业补贴。", "5万元"))).toEqual({ value: 50000, unit: "CNY", qualifier: "max", period: "one_off", indicator: "startup_grant", is_target: false });
  });

  test("约 before the verb of a share bounds it; 约 inside another word does not", () => {
    expect(row(factAt("截至目前，全县人才总量达4.6万人，约占全县常住人口的12%。", "12%"))).toEqual({ value: 12, unit: "percent", qualifier: "approx", period: null, indicator: "talent_share", is_target: false });
    expect(factAt("通过集约用地，园区节约占地面积15%。", "15%").qualifier).toBe("exact");
  });

  test("holders of a national award are a stock, even after a flow of graduates", () => {
    const text = "2023年全省引进高校毕业生22万人，全省国家优秀青年科学基金获得者达到156人。";
    expect(fields(text, "value", "period", "indicator")).toEqual([
      [220000, "per_year", "graduates_retained"],
      [156, null, "talent_stock"],
    ]);
  });

  test("units hosting interns are employers; institutes signed to set up locally are platforms, partners are not", () => {
    const interns = "今年以来，长春市为46家见习单位的380名见习人员发放见习补贴95万元。";
    expect(fields(interns, "value", "indicator")).toEqual([[46, "recruiting_employers"], [380, "other"], [950000, "subsidies_disbursed"]]);
    const institutes = "今年以来，苏州市签约引进上海交通大学苏州研究生院、东南大学苏州分院等5家高校院所，与36家高校和科研院所建立合作关系。";
    expect(fields(institutes, "value", "indicator")).toEqual([[5, "platforms"], [36, "other"]]);
  });

  test("a round magnitude opening an unquoted programme name in a list is no count; one before a plain noun is", () => {
    const text = "全省深入实施“校友回乡”工程、百万学子留湘就业行动、千名博士进园区计划，去年吸引大学生留湘就业18万人。";
    expect(values(text)).toEqual([180000]);
    expect(row(factAt("力争五年内吸引百万大学生来汉就业创业。", "百万"))).toEqual({ value: 1000000, unit: "person", qualifier: "exact", period: null, indicator: "graduates_retained", is_target: true });
  });
});

describe("speed", () => {
  test("a 1 MB article (one paragraph repeated with other figures) extracts in well under 2 s", () => {
    const paragraph = (i: number) =>
      `${2015 + (i % 10)}年，全市新引进各类人才${1200 + i}人，包括博士${(i % 90) + 10}人、硕士${(i % 400) + 50}人。` +
      `对新引进的博士研究生，给予最高${(i % 30) + 20}万元的购房补贴，每人每月发放${(i % 2000) + 800}元生活补贴；` +
      `到2027年，全市人才总量力争突破${(i % 80) + 20}万人。“人才新政30条”实施以来，累计发放奖补资金${(i % 90) + 1}.5亿元，惠及人才${i * 3 + 7}名。\n`;
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < 1_000_000; i++) {
      lines.push(paragraph(i));
      bytes += Buffer.byteLength(lines[i]);
    }
    const text = lines.join("");
    const started = performance.now();
    const facts = extractIndicators(text);
    const elapsed = performance.now() - started;
    expect(facts.length).toBeGreaterThan(lines.length);
    expect(elapsed).toBeLessThan(2000);
  });
});
