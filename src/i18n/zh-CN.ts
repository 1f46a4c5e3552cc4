/**
 * Every visible UI string, by dotted key. Components call t('key');
 * scripts receive the strings they need through data-i18n-* attributes.
 * Content (articles, cases…) is not here: it lives in content/.
 */
export const dict = {
  'site.skip': '跳到正文',
  'site.menu': '主菜单',
  'site.breadcrumbs': '当前位置',
  'site.home': '首页',
  'site.lastUpdated': '更新于',
  'site.published': '发布于',

  'nav.home': '首页',
  'nav.articles': '普法园地',
  'nav.opendays': '开放日',
  'nav.stations': '服务站点',
  'nav.cases': '案例故事',
  'nav.search': '搜索',
  'nav.about': '关于',

  'exit.label': '快速离开',
  'exit.hint': '点这里立即离开本站，跳到天气网站',
  'exit.keys': '也可以连按两次 Esc 或三次 Shift 键',
  'exit.progress': '已按 {n} 次，再按 {left} 次离开本站',
  'exit.safety': '安全上网提示',

  'display.label': '阅读设置',
  'display.textSize': '字号',
  'display.text.standard': '标准',
  'display.text.large': '大',
  'display.text.xlarge': '特大',
  'display.contrast': '高对比度',
  'display.clear': '清除我的设置',
  'display.cleared': '已清除本站保存的阅读设置。',
  'display.stored': '阅读设置只保存在这台设备上，不会发送到任何地方。',
  'speech.read': '朗读本页',
  'speech.pause': '暂停',
  'speech.resume': '继续',
  'speech.stop': '停止',

  'hotline.title': '求助热线',
  'hotline.call': '拨打',
  'hotline.danger': '有危险，马上打 110',
  'hotline.all': '全部热线和使用说明',

  'footer.about': '本站由{federation}与{procuratorate}共同建设，面向{region}群众提供普法和维权服务。',
  'footer.hotlines': '热线电话',
  'footer.links': '本站信息',
  'footer.privacy': '本站不使用 Cookie，不做访问统计，不向其他网站发送任何请求。',
  'footer.rss': 'RSS 订阅',
  'footer.sitemap': '网站地图',

  'search.label': '搜索本站',
  'search.placeholder': '例如：家暴、保护令、离婚',
  'search.submit': '搜索',
  'search.title': '搜索本站',
  'search.noscript': '搜索需要浏览器开启 JavaScript。你也可以按主题浏览，或直接打电话求助：',
  'search.browseTopics': '按主题浏览普法文章',
  'search.browseStations': '查看全部服务站点',
  'search.browseHotlines': '求助热线',
  'search.loading': '正在搜索……',
  'search.results': '找到 {n} 条结果',
  'search.none': '没有找到与“{q}”相关的内容。',
  'search.tryInstead': '可以试试这些词：',
  'search.urgent': '如果你现在有危险，请马上打电话：',
  'search.filterType': '类型',
  'search.filterTopic': '主题',
  'search.filterTownship': '乡镇',
  'search.sortRelevance': '按相关度',
  'search.sortDate': '按日期',
  'search.error': '搜索暂时无法使用。请按主题浏览，或拨打热线。',

  'home.intro.title': '这里能帮你什么',
  'home.sections': '从这里开始',
  'home.latestArticles': '最新普法文章',
  'home.latestCases': '案例故事',
  'home.more': '查看全部',
  'home.section.articles': '看得懂、用得上的法律知识：家暴、保护令、离婚、抚养、赡养……',
  'home.section.opendays': '走进检察院：开放日是什么、怎么报名、能看到什么。',
  'home.section.stations': '服务站和乡镇工作室在哪里、提供什么帮助。',
  'home.section.cases': '真实案例和情景案例：别人是怎样得到帮助的。',
  'home.section.about': '“1+3+N”维权服务体系是怎样运作的。',
  'home.section.hotlines': '什么情况打哪个电话。',

  'list.empty': '暂时还没有内容。',
  'list.count': '共 {n} 篇',
  'list.readMore': '阅读全文',

  'article.summary': '摘要',
  'article.readingTime': '约 {n} 分钟读完',
  'article.toc': '本文目录',
  'article.laws': '法律依据',
  'article.lawArticle': '第{n}条',
  'article.effective': '{date}起施行',
  'article.officialText': '查看官方文本',
  'article.reviewed': '本文已由{reviewer}于{date}审核。',
  'article.unreviewed': '本文尚未经过法律专业人员审核，仅供了解法律常识；具体问题请拨打 12348 咨询或向律师求助。',
  'article.related': '相关文章',
  'article.prev': '上一篇',
  'article.next': '下一篇',
  'article.topics': '主题',
  'article.audiences': '适合阅读',
  'article.filterTopic': '按主题看',
  'article.filterAudience': '按读者看',
  'article.all': '全部',
  'article.sortNewest': '最新发布在前',

  'help.title': '需要帮助？',
  'help.intro': '遇到类似情况，可以拨打以下电话：',

  'steps.label': '办理步骤',
  'steps.bring': '要带的材料',
  'steps.where': '去哪里办',
  'qa.label': '问答',
  'callout.urgent': '紧急提醒',
  'callout.info': '说明',
  'callout.tip': '小贴士',
  'lawquote.label': '法条原文',

  'topic.domestic-violence': '家庭暴力',
  'topic.protection-order': '人身安全保护令',
  'topic.children': '未成年人保护',
  'topic.harassment': '性骚扰防治',
  'topic.employment': '就业平等',
  'topic.marriage-family': '婚姻家庭',
  'topic.rural-women': '农村妇女权益',
  'topic.judicial-relief': '司法救助',
  'topic.procuratorate': '检察服务',
  'topic.legal-aid': '法律援助',
  'topic.elderly': '老年人权益',
  'topic.online-safety': '网络与个人信息安全',

  'audience.women': '妇女',
  'audience.children-parents': '儿童与家长',
  'audience.elderly': '老年人',
  'audience.workers': '劳动者',
  'audience.rural': '农村居民',

  'category.domestic-violence': '家庭暴力',
  'category.judicial-relief': '司法救助',
  'category.marriage-family': '婚姻家庭纠纷',
  'category.minors': '未成年人保护',
  'category.employment': '就业性别歧视',
  'category.rural-women': '农村妇女权益',
  'category.elderly': '老年人权益',

  'case.real': '真实案例（已匿名处理）',
  'case.scenario': '情景案例，非真实案件',
  'case.year': '年份',
  'case.outcome': '结果',
  'case.source': '来源',
  'case.sourceUnverified': '原文日期和链接待核实',
  'case.services': '参与的站点和团队',
  'case.articles': '相关法律知识',
  'case.filter': '按类别看',
  'case.numbers': '数字里的维权服务',

  'station.kind.station': '服务站',
  'station.kind.cooperation-office': '协作所',
  'station.kind.workroom': '工作室',
  'station.kind.mailbox': '信箱',
  'station.kind.hotline': '热线',
  'station.address': '地址',
  'station.phone': '电话',
  'station.hours': '开放时间',
  'station.services': '提供的服务',
  'station.languages': '语言',
  'station.accessibility': '无障碍',
  'station.unknown': '待核实',
  'station.unverified': '未核实：',
  'station.verified': '{by}于{date}核实。',
  'station.township': '所在乡镇',
  'station.townshipUnknown': '所在乡镇待核实',
  'station.closed': '暂停开放',

  'openday.sessions': '场次',
  'openday.route': '参观路线',
  'openday.venue': '地点',
  'openday.bring': '请携带',
  'openday.rules': '参观须知',
  'openday.faq': '常见问题',
  'openday.report': '活动回顾',
  'openday.upcoming': '即将举行',
  'openday.past': '往期开放日',
  'openday.none': '目前没有已公布的开放日场次。想参加或了解下一次开放日，可以拨打 12309 检察服务热线咨询。',
  'openday.howTo': '如何参加检察开放日',

  // @keys:stations (服务站点 feature keys go below this line)

  // @keys:opendays (开放日 feature keys go below this line)

  // @keys:search (搜索 feature keys go below this line)

  'notfound.title': '找不到这个页面',
  'notfound.body': '这个地址可能输错了，或者页面已经移走。',
  'notfound.home': '回到首页',
  'notfound.search': '搜索本站',
} as const;

export type UIKey = keyof typeof dict;

/**
 * Looks up a UI string and fills `{name}` placeholders.
 * An unknown key is a type error at build time, so no string goes missing.
 */
export function t(key: UIKey, vars: Record<string, string | number> = {}): string {
  return dict[key].replace(/\{(\w+)\}/g, (_, name: string) =>
    name in vars ? String(vars[name]) : `{${name}}`,
  );
}
