// Meetings written for the duplicates corpus: a county government's 常务会议 and a body's 推进会,
// built from the same stock sentences, so that different meetings share most of their words (the
// hard negatives: two counties on the same day, one body a week apart). Invented places and people.

export const PLACES = [
  { name: '青禾县', short: '县', head: '县长', deputy: '副县长' },
  { name: '丹枫县', short: '县', head: '县长', deputy: '副县长' },
  { name: '白鹭县', short: '县', head: '县长', deputy: '副县长' },
  { name: '云溪区', short: '区', head: '区长', deputy: '副区长' },
  { name: '松岗区', short: '区', head: '区长', deputy: '副区长' },
  { name: '栖梧县', short: '县', head: '县长', deputy: '副县长' },
  { name: '望江区', short: '区', head: '区长', deputy: '副区长' },
  { name: '石门县', short: '县', head: '县长', deputy: '副县长' },
];

export const SURNAMES = ['周', '陈', '刘', '王', '赵', '孙', '钱', '吴', '郑', '冯', '褚', '卫', '蒋', '沈', '韩', '杨', '朱', '秦', '许', '何', '吕', '施', '张', '孔', '曹', '严', '华', '金', '魏', '陶'];
export const GIVEN = ['明远', '立群', '思齐', '启航', '书恒', '嘉禾', '文博', '晓川', '雅琴', '志刚', '海燕', '建华', '一鸣', '子健', '振华', '国强', '文静', '世明', '立言', '凯文', '德昌', '家明', '庆和', '诗雨', '立本', '卫东', '红梅', '永平', '春生', '秋实'];

export const STOCK = [
  '会议传达学习了习近平总书记关于安全生产的重要指示精神和全省安全生产电视电话会议精神。会议指出，安全生产事关人民群众生命财产安全，要坚持人民至上、生命至上，统筹发展和安全，层层压实安全生产责任，坚决防范和遏制重特大事故发生。',
  '会议强调，要持续深化作风建设，坚持真抓实干、马上就办，以钉钉子精神抓好各项工作落实，确保党中央决策部署和省委、市委工作要求落地见效。',
  '会议要求，各级各部门要进一步增强责任感和紧迫感，对照年度目标任务，细化工作举措，倒排时间节点，确保各项工作按时保质完成。',
];

export const AGENDA = [
  (p, c, k) => `会议听取了${p.name}今年以来农村人居环境整治工作情况汇报。${c}指出，要聚焦村庄清洁、厕所改造和生活污水治理，年内完成${k}个行政村的整治任务，建立长效管护机制，让群众看得见变化。`,
  (p, c, k) => `会议审议并原则通过了《${p.name}城区停车设施建设三年行动计划》。会议要求，要按照规划先行、分步实施的原则，新增公共停车泊位${k * 100}个，同步推进智慧停车平台建设。`,
  (p, c, k) => `会议研究了${p.name}中小学校舍改扩建项目。${c}强调，要把教育投入摆在优先位置，确保${k}所学校秋季开学前投入使用，严把工程质量和安全关。`,
  (p, c, k) => `会议听取了一季度经济运行情况汇报。会议指出，当前经济运行总体平稳、稳中有进，但工业投资增速放缓，要抓紧谋划储备一批重大项目，力争全年固定资产投资增长${k}%以上。`,
  (p, c, k) => `会议研究部署了防汛备汛工作。${c}要求，要全面排查${k * 3}座小型水库和山塘的安全隐患，落实防汛物资和抢险队伍，做到汛前隐患清零。`,
  (p, c, k) => `会议审议了《${p.name}养老服务体系建设实施方案》。会议强调，要加快建设社区嵌入式养老服务设施，年内新建${k * 2}个村级互助养老点，推动居家社区机构养老协调发展。`,
  (p, c, k) => `会议听取了${p.name}招商引资工作情况汇报。会议要求，要紧盯产业转移机遇，开展产业链精准招商，全年签约亿元以上项目${k}个，以项目建设的加速度跑出发展的新高度。`,
  (p, c, k) => `会议研究了政务服务一网通办改革事项。${c}指出，要打通部门数据壁垒，推动${k * 10}项高频事项最多跑一次，持续优化营商环境，让企业和群众办事更便捷。`,
  (p, c, k) => `会议审议了《${p.name}耕地保护和粮食安全责任制考核办法》。会议强调，要严格落实耕地保护党政同责，全年完成高标准农田建设${k}万亩，坚决遏制耕地非农化。`,
  (p, c, k) => `会议听取了${p.name}城乡供水一体化工程进展情况汇报。${c}要求，要加快管网铺设和水厂提标改造，确保${k}个乡镇年底前实现同源同网同质供水。`,
  (p, c, k) => `会议研究了${p.name}文旅融合发展工作。会议指出，要挖掘本地历史文化资源，打造${k}条精品旅游线路，办好乡村旅游节，推动文旅消费提质升级。`,
  (p, c, k) => `会议审议了《${p.name}生活垃圾分类工作实施方案》。${c}强调，要坚持党建引领、全民参与，在${k}个社区开展垃圾分类示范创建，逐步实现分类投放全覆盖。`,
];

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A 常务会议 of `place` chaired by `chair` on month/day, number `n`, with the agenda items given. */
export function standingMeeting({ place, chair, deputies, month, day, n, agenda, k, stock = [0, 1] }) {
  const lines = [`${place.name}政府召开第${n}次常务会议`, `发布时间：2024-${String(month).padStart(2, '0')}-${String(day + 1).padStart(2, '0')} 09:30　来源：${place.name}人民政府办公室`, ''];
  lines.push(`　　${month}月${day}日上午，${place.head}${chair}主持召开${place.short}政府第${n}次常务会议，研究部署近期重点工作。`);
  lines.push(`　　${STOCK[stock[0]]}`);
  agenda.forEach((a, i) => lines.push(`　　${AGENDA[a](place, chair, k[i] ?? 5)}`));
  if (stock[1] !== undefined) lines.push(`　　${STOCK[stock[1]]}`);
  lines.push(`　　${place.deputy}${deputies.join('、')}出席会议。`);
  return lines.join('\n') + '\n';
}

/** A 推进会 with a relative date (今天上午), its year and day from the publication line only. */
export function relativeMeeting({ place, chair, deputies, published, topic, agenda, k }) {
  const lines = [`${place.name}召开${topic}推进会`, `发布时间：${published} 18:20　来源：${place.name}融媒体中心`, ''];
  lines.push(`　　今天上午，${place.name}召开全${place.short}${topic}推进会，${place.head}${chair}出席会议并讲话。`);
  lines.push(`　　${STOCK[0]}`);
  agenda.forEach((a, i) => lines.push(`　　${AGENDA[a](place, chair, k[i] ?? 5)}`));
  lines.push(`　　${STOCK[2]}`);
  lines.push(`　　${place.deputy}${deputies.join('、')}参加会议。`);
  return lines.join('\n') + '\n';
}
