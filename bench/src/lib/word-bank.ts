/**
 * The vocabulary the synthetic corpus is built from: everyday words of the
 * site's own field (family law, domestic violence, minors, rural women, the
 * procuratorate), so that Pagefind segments and indexes text that looks like
 * the real articles rather than lorem ipsum. Every list is combined by the
 * templates in corpus.ts; none of it is legal advice.
 */

/** Who does something. */
export const SUBJECTS = [
  '妇女', '未成年人', '老年人', '当事人', '申请人', '受害人', '家庭成员', '村民委员会', '居民委员会',
  '妇联工作人员', '检察官', '法官', '社区网格员', '学校老师', '派出所民警', '法律援助律师', '志愿者',
  '监护人', '用人单位', '医务人员', '社会工作者', '调解员', '村干部', '民政部门', '人民调解委员会',
  '服务站工作人员', '近亲属', '邻居', '孩子的母亲', '外出务工的丈夫', '留守儿童的祖父母', '被申请人',
] as const;

/** What they do (verb + object). */
export const ACTIONS = [
  '申请人身安全保护令', '拨打12338妇女维权热线', '保存聊天记录和病历', '向人民法院提起诉讼', '申请法律援助',
  '申请国家司法救助', '调解婚姻家庭纠纷', '制止正在发生的家庭暴力', '核实强制报告线索', '支付抚养费',
  '分割夫妻共同财产', '确认土地承包经营权', '保护个人隐私', '出具家庭暴力告诫书', '进行心理疏导',
  '报警并说明情况', '固定证据', '提出离婚诉讼', '请求赔偿', '申请撤销监护人资格', '提供临时庇护',
  '开展家庭教育指导', '签订赡养协议', '索要拖欠的工资', '举报性骚扰行为', '向检察机关反映情况',
  '办理支持起诉', '登记求助信息', '转介法律援助', '走访困难家庭', '发放救助金', '协助执行保护令',
  '复印报警回执', '查询案件进度', '申请诉讼费减免', '陪同到医院验伤', '联系学校和社区',
] as const;

/** How, when or where (adverbials). */
export const MANNERS = [
  '在必要时', '依照法律规定', '第一时间', '在七十二小时内', '在村（居）委会的协助下', '经过调查核实',
  '按照就近原则', '在征得本人同意后', '情况紧急时', '在二十四小时内', '通过电话或者当面', '免费', '在妇联的陪同下',
  '以书面形式', '以口头形式', '在检察开放日上', '每个工作日', '在确保安全的前提下',
] as const;

/** Sentence openers and connectives. */
export const OPENERS = [
  '一般来说', '需要注意的是', '实践中', '如果遇到这种情况', '根据反家庭暴力法', '另外', '同时', '因此',
  '据服务站统计', '从近几年的情况看', '很多人不知道', '法律明确规定', '在福鼎', '简单地说', '换句话说',
  '值得一提的是', '有的读者会问', '举个例子', '按照最高人民法院的规定', '民法典规定',
] as const;

/** Clause endings: why it matters or what follows. */
export const ENDINGS = [
  '以便尽快保护自身安全', '避免矛盾进一步激化', '这样可以减少二次伤害', '相关部门应当及时处理',
  '费用可以依法减免', '法院会在审查后作出裁定', '孩子的利益应当放在第一位', '证据越完整越好',
  '对方不得以任何理由拒绝', '必要时可以请求公安机关协助', '不需要先提起离婚诉讼', '个人信息会被严格保密',
  '有困难可以随时到服务站咨询', '法律援助律师会免费提供帮助', '工作人员会跟进到底', '拖延只会让风险变大',
  '村里的调解员也能帮上忙', '单位不得因此降低待遇', '老人的合法权益同样受到保护',
] as const;

/** Things people worry about. */
export const WORRIES = [
  '家丑不可外扬', '被对方报复', '没有钱请律师', '孩子被带走', '丢掉工作', '证据不够', '村里人说闲话',
  '离婚后没有住处', '不会写申请书', '不识字', '听不懂普通话', '法院离家太远',
] as const;

/** Problems a reader may face (used for questions and headings). */
export const PROBLEMS = [
  '家庭暴力', '离婚纠纷', '抚养费拖欠', '赡养纠纷', '性骚扰', '就业歧视', '土地权益受侵害', '网络暴力',
  '孩子被虐待', '老人被遗弃', '彩礼纠纷', '家务劳动补偿', '工资被克扣', '隐私被泄露', '被威胁恐吓',
] as const;

/** Places in and around the region. */
export const PLACES = [
  '福鼎市人民检察院', '福鼎市妇联', '桐山街道', '桐城街道', '山前街道', '太姥山镇', '点头镇', '贯岭镇',
  '前岐镇', '沙埕镇', '店下镇', '秦屿镇', '白琳镇', '磻溪镇', '管阳镇', '嵛山镇', '硖门畲族乡', '叠石乡',
  '“栀子花”服务站', '12309检察服务中心', '市人民法院', '派出所', '乡镇司法所', '社区服务中心',
] as const;

/** Laws an article may cite, with a real article range and an official source. */
export const LAWS = [
  { name: '中华人民共和国反家庭暴力法', maxArticle: 38, effective: '2016-03-01', source: 'https://www.gov.cn/zhengce/2015-12/28/content_5029898.htm' },
  { name: '中华人民共和国妇女权益保障法', maxArticle: 86, effective: '2023-01-01', source: 'https://www.npc.gov.cn/npc/c2/c30834/202210/t20221030_320091.html' },
  { name: '中华人民共和国未成年人保护法', maxArticle: 132, effective: '2021-06-01', source: 'https://flk.npc.gov.cn/' },
  { name: '中华人民共和国民法典', maxArticle: 1260, effective: '2021-01-01', source: 'https://flk.npc.gov.cn/' },
  { name: '中华人民共和国老年人权益保障法', maxArticle: 85, effective: '2018-12-29', source: 'https://flk.npc.gov.cn/' },
  { name: '中华人民共和国法律援助法', maxArticle: 71, effective: '2022-01-01', source: 'https://flk.npc.gov.cn/' },
] as const;

/** Short clause-like "quotations" for <LawQuote> (synthetic, clearly not statute text). */
export const QUOTE_CLAUSES = [
  '有关单位应当及时受理，并依法作出处理', '任何组织和个人不得歧视、虐待或者遗弃', '当事人可以向人民法院申请',
  '公安机关接到报案后应当及时出警', '人民检察院依法对有关工作实行法律监督', '对生活困难的当事人，可以依法给予救助',
  '学校、医疗机构发现侵害情况的，应当及时报告', '国家保障妇女享有与男子平等的权利',
] as const;

/** Heading templates; {p} is a problem, {s} a subject. */
export const HEADINGS = [
  '遇到{p}怎么办', '{s}能做什么', '需要准备哪些材料', '去哪里求助', '法律怎么规定', '常见误区',
  '办理流程', '费用和期限', '{p}的证据', '真实情况是怎样的', '{s}要注意什么', '求助之后会发生什么',
] as const;

/** Title templates; {p} is a problem, {s} a subject, {n} a serial number. */
export const TITLES = [
  '{p}：{s}该怎么维权（{n}）', '遇到{p}，{s}可以找谁（{n}）', '关于{p}的{n}个问答', '{s}必读：{p}怎么处理（{n}）',
  '{p}维权指南之{n}', '说说{p}（第{n}篇）',
] as const;
