import { bold, heading, numberedList, paragraph, richText, table } from '../../richtext/lexical'
import type { ItemSeed } from './itemSeed'

/** 2026【02】: still being assembled, so every item is a draft. */
export const secondIssueItems: ItemSeed[] = [
  {
    slug: 'ai-driven-materials-research',
    state: 'approved',
    title: '人工智能驱动材料研发范式转变的进展与启示',
    titleEn: 'AI-Driven Transformation of Materials Research: Progress and Implications',
    section: 'analysis',
    position: 1,
    summary: '从数据、模型和自主实验三个层面梳理人工智能在材料研发中的应用进展，并讨论科研组织方式需要作出的调整。',
    keywords: ['人工智能', '材料研发', '自主实验'],
    credits: [
      { contributor: 'xuNing', role: 'compiled' },
      { contributor: 'chenSiyuan', role: 'compiled' },
    ],
    body: ({ cite }) =>
      richText(
        paragraph(
          '以机器学习为代表的人工智能技术正在改变材料研发以“试错”为主的传统模式。近期的一篇综述文章',
          cite('aiMaterialsReview'),
          '和一份行业报告',
          cite('aiMaterialsLandscape'),
          '都认为，数据、模型与自动化实验装置的结合，正在推动材料研发由经验驱动转向数据驱动。',
        ),
        heading('h3', '1 应用进展'),
        numberedList(
          [bold('材料数据库建设加快。'), '多个国家建成了开放共享的材料计算和实验数据库，为模型训练提供了基础。'],
          [
            bold('性质预测模型日趋成熟。'),
            '图神经网络等模型已能较准确地预测晶体稳定性、离子电导率等关键性质，大幅缩小了候选材料的筛选范围。',
          ],
          [
            bold('自主实验平台开始应用。'),
            '“机器人+算法”的闭环平台可以连续完成合成、表征和数据分析，单日实验通量可达人工操作的数十倍。',
          ],
        ),
        heading('h3', '2 对科研组织的启示'),
        paragraph(
          bold('一是'),
          '数据的规范采集和共享正在成为科研基础设施的重要组成部分；',
          bold('二是'),
          '兼通材料、计算与自动化的复合型人才需求上升；',
          bold('三是'),
          '研究机构需要探索与之相适应的成果评价和数据权益分配机制。',
        ),
      ),
  },
  {
    slug: 'japan-hydrogen-supply-chain-roadmap',
    state: 'in_review',
    title: '日本发布氢能供应链中长期发展路线图',
    titleEn: 'Japan Publishes a Mid- to Long-Term Roadmap for Its Hydrogen Supply Chain',
    section: 'strategy',
    position: 1,
    summary: '路线图提出分三个阶段建成覆盖制、储、运、用的氢能供应链，并明确了各阶段的成本目标。',
    keywords: ['氢能', '供应链', '路线图'],
    credits: [{ contributor: 'tangYue', role: 'translated' }],
    body: ({ cite }) =>
      richText(
        paragraph('日本经济产业部门发布氢能供应链中长期发展路线图', cite('hydrogenRoadmap'), '，提出分三个阶段推进：'),
        numberedList(
          [bold('2030年前：'), '建设若干大型进口接收与储运基地，推动氢气供应成本较目前下降约三分之一。'],
          [bold('2030—2035年：'), '扩大氢能在钢铁、化工等难减排行业的应用，推进掺氨发电商业化。'],
          [bold('2035—2040年：'), '形成覆盖制、储、运、用各环节的成熟供应链，使氢能在成本上具备与化石燃料竞争的能力。'],
        ),
        paragraph('路线图还提出设立专项基金，支持制氢装备、液氢运输船等关键装备的研发与示范。'),
      ),
  },
  {
    slug: 'german-battery-materials-data-platform',
    state: 'changes_requested',
    title: '德国多家研究机构联合建设电池材料数据平台',
    titleEn: 'German Research Organisations Jointly Build a Battery Materials Data Platform',
    section: 'international',
    position: 1,
    summary: '平台将统一数据格式和元数据标准，分两期向学术界和企业开放电池材料的实验与模拟数据。',
    keywords: ['数据平台', '电池材料', '开放科学'],
    credits: [
      { contributor: 'chenSiyuan', role: 'compiled' },
      { contributor: 'fangHe', role: 'reviewed' },
    ],
    body: ({ cite }) =>
      richText(
        paragraph(
          '德国多家研究机构近日宣布联合建设电池材料数据平台',
          cite('batteryDataPlatform'),
          '，整合各机构积累的材料合成、表征和电池测试数据。平台分两期建设，主要内容见表1。',
        ),
        paragraph(bold('表1 电池材料数据平台建设内容')),
        paragraph('Table 1 Components of the battery materials data platform'),
        table(
          ['建设阶段', '时间', '主要内容'],
          ['一期', '2026—2027年', '制定统一的数据格式与元数据标准，汇聚参与机构的历史实验数据'],
          ['二期', '2028—2029年', '接入自动化实验装置，实现数据实时上传，并向企业用户开放'],
        ),
        paragraph('资料来源：根据平台发布信息整理'),
        paragraph('Data source: compiled from the platform’s announcement'),
        paragraph('参与方表示，平台将采用分级开放策略，在保护数据权益的前提下促进数据复用。'),
      ),
  },
  {
    slug: 'lithium-metal-anode-interphase',
    state: 'draft',
    title: '锂金属负极界面调控研究获新进展',
    titleEn: 'New Progress in Interface Engineering of Lithium Metal Anodes',
    section: 'research',
    position: 1,
    summary: '一种含氟双盐电解液添加剂在锂金属表面原位生成致密界面膜，使软包电池循环300次后的容量保持率提高到约91%。',
    keywords: ['锂金属负极', '固体电解质界面', '电解液添加剂'],
    credits: [{ contributor: 'xuNing', role: 'compiled' }],
    publishedIn: {
      journal: 'Journal of Interfacial Electrochemistry',
      articleTitle: 'Fluorinated dual-salt additive builds a LiF-rich interphase for stable lithium metal anodes',
      doi: '10.5555/jie.2026.0057',
      date: '2026-02-03',
      url: 'https://journals.example.org/jie/articles/10.5555/jie.2026.0057',
    },
    body: ({ cite, figure }) =>
      richText(
        paragraph(
          '锂金属负极的理论比容量高，但枝晶生长和界面副反应限制了其实际应用。',
          '一个研究团队设计了一种含氟双盐电解液添加剂，可在锂金属表面原位形成富含氟化锂的致密界面膜',
          cite('lithiumAnodeRelease'),
          '。',
        ),
        figure('lithiumAnodeRetention'),
        paragraph(
          bold('循环稳定性明显提升。'),
          '对比测试表明，采用新配方的锂金属软包电池循环300次后容量保持率约为91%，明显高于常规电解液（图 1）。',
          '研究人员计划进一步评估该配方在高负载正极体系中的适用性。',
        ),
      ),
  },
  {
    slug: 'ceramic-composite-separator',
    state: 'in_review',
    title: '新型陶瓷复合隔膜提升电池热安全性',
    titleEn: 'Ceramic Composite Separator Improves Battery Thermal Safety',
    section: 'research',
    position: 2,
    summary: '隔膜在200℃下保持1小时后热收缩率低于2%，可将电池热失控的触发温度提高约30℃。',
    keywords: ['隔膜', '热安全', '热失控'],
    credits: [
      { contributor: 'morningPost', role: 'source' },
      { contributor: 'energyHerald', role: 'source' },
    ],
    body: ({ cite }) =>
      richText(
        paragraph(
          '据科技晨报、能源导报报道，一家企业与高校联合研发出一种陶瓷复合隔膜',
          cite('separatorNews'),
          '。该隔膜以耐高温聚酰亚胺纤维为骨架，表面涂覆纳米氧化铝层，在200℃下保持1小时后热收缩率低于2%。',
        ),
        paragraph(
          '针刺和过充测试表明，采用该隔膜的电池热失控触发温度提高约30℃，测试中未出现起火。',
          '该隔膜已完成中试，计划年内建成首条量产线。',
        ),
      ),
  },
]
