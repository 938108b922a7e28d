import { bold, bulletList, heading, numberedList, paragraph, richText, table } from '../../richtext/lexical'
import type { ItemSeed } from './itemSeed'

/** 2026【01】: published, with a special topic on energy storage that carries an editor's note. */
export const firstIssueItems: ItemSeed[] = [
  {
    slug: 'solid-state-battery-industrialisation',
    title: '我国固态电池产业化进程与关键瓶颈分析',
    titleEn: 'Industrialisation of Solid-State Batteries in China: Progress and Key Bottlenecks',
    section: 'analysis',
    position: 1,
    summary: '梳理固态电池三条主要技术路线的产业化进展，分析界面、成本、工艺与标准方面的瓶颈，并提出推进产业化的建议。',
    keywords: ['固态电池', '固态电解质', '产业化'],
    credits: [
      { contributor: 'xuNing', role: 'compiled' },
      { contributor: 'fangHe', role: 'reviewed' },
    ],
    body: ({ cite }) =>
      richText(
        paragraph(
          '固态电池以固态电解质替代液态电解液，被普遍看作兼顾高能量密度与高安全性的下一代电池技术。',
          '近两年，国内多家企业和科研机构陆续发布半固态、全固态电池样品和中试线建设计划，产业化节奏明显加快。',
          '一份行业评估报告比较了主要技术路线的成熟度，并归纳了当前面临的共性问题',
          cite('solidStateAssessment'),
          '。',
        ),
        heading('h3', '1 主要技术路线与产业化进展'),
        paragraph('按电解质材料划分，固态电池主要有氧化物、硫化物和聚合物三条技术路线，各自的特点与所处阶段见表1。'),
        paragraph(bold('表1 固态电池主要技术路线对比')),
        paragraph('Table 1 Comparison of the main technical routes of solid-state batteries'),
        table(
          ['技术路线', '室温离子电导率', '主要优势', '主要挑战', '产业化阶段'],
          ['氧化物', '中等', '化学稳定性好，易于规模制备', '界面接触差，材料偏脆', '半固态电池小批量装车'],
          ['硫化物', '高', '离子电导率接近液态电解液', '对水分敏感，生产环境要求高', '中试验证'],
          ['聚合物', '较低', '柔韧性好，加工工艺成熟', '需加热工作，高电压稳定性不足', '特定场景示范'],
        ),
        paragraph('资料来源：根据公开资料整理'),
        paragraph('Data source: compiled from public information'),
        heading('h3', '2 产业化面临的关键瓶颈'),
        numberedList(
          [
            bold('固-固界面问题突出。'),
            '电极与电解质之间是固-固接触，充放电过程中的体积变化容易造成接触失效，导致内阻上升和容量衰减',
            cite('solidInterfaceReview'),
            '。',
          ],
          [
            bold('关键材料成本偏高。'),
            '硫化物电解质所需的高纯前驱体价格较高，规模化制备工艺尚未定型，电池单位成本仍明显高于液态锂离子电池。',
          ],
          [
            bold('制造装备与工艺需要重构。'),
            '干法电极、等静压等新工序对现有产线改造要求高，专用设备的成熟度和良品率控制都需要时间。',
          ],
          [
            bold('标准与检测体系缺位。'),
            '“半固态”“全固态”的界定尚无统一标准，性能评价方法不一，影响市场判断和上下游协同。',
          ],
        ),
        heading('h3', '3 发展建议'),
        paragraph(
          bold('一是'),
          '加强基础研究与工程化的衔接，围绕界面稳定、电解质规模制备等共性问题组织联合攻关；',
          bold('二是'),
          '依托现有动力电池产业集群建设开放共享的中试平台，降低企业试错成本；',
          bold('三是'),
          '加快制定术语定义、测试方法等基础标准，引导产业有序竞争。',
        ),
      ),
  },
  {
    slug: 'eu-critical-raw-materials-diversification',
    title: '欧盟推出关键原材料供应多元化行动方案',
    titleEn: 'EU Rolls Out an Action Plan to Diversify Critical Raw Material Supply',
    section: 'international',
    position: 1,
    summary: '方案提出以联合采购、战略储备、回收利用和国际合作降低电池、永磁体等产业链对单一来源的依赖。',
    keywords: ['关键原材料', '供应链', '欧盟'],
    credits: [
      { contributor: 'tangYue', role: 'translated' },
      { contributor: 'fangHe', role: 'reviewed' },
    ],
    body: ({ cite }) =>
      richText(
        paragraph(
          '2025年12月，欧盟委员会发布关键原材料供应多元化行动方案，提出在未来五年内降低电池、永磁体等产业链对单一供应来源的依赖',
          cite('rawMaterialsActionPlan'),
          '。方案的主要举措包括：',
        ),
        bulletList(
          [bold('建立联合采购机制。'), '成员国企业自愿参与，对锂、钴、稀土等原材料集中采购，以增强议价能力。'],
          [bold('试点战略储备。'), '选择若干关键原材料建立应急储备，应对短期供应中断。'],
          [bold('扩大回收利用。'), '提高废旧电池和电子产品中关键金属的回收比例，支持回收技术示范项目。'],
          [bold('深化国际合作。'), '与资源国签署伙伴关系协议，共同开发冶炼和加工产能。'],
        ),
        paragraph('分析人士认为，方案释放出欧盟加快构建自主可控原材料供应链的信号，但各项举措的落地效果仍有待观察。'),
      ),
  },
  {
    slug: 'doe-storage-materials-pilot-platforms',
    title: '美国能源部资助建设下一代储能材料中试平台',
    titleEn: 'US DOE Funds Pilot Platforms for Next-Generation Energy Storage Materials',
    section: 'funding',
    position: 1,
    summary: '资助用于建设若干材料中试平台，缩短实验室成果走向规模制造的周期，并向中小企业开放设备与数据。',
    keywords: ['储能材料', '中试平台', '项目资助'],
    credits: [{ contributor: 'chenSiyuan', role: 'compiled' }],
    body: ({ cite }) =>
      richText(
        paragraph(
          '美国能源部近日宣布投入约1.2亿美元，支持国家实验室与企业联合建设下一代储能材料中试平台',
          cite('storagePilotFunding'),
          '。资助重点包括：',
        ),
        numberedList(
          ['固态电解质和高镍正极材料由公斤级向吨级的放大制备；'],
          ['钠离子、锌基等低成本电池体系的材料验证；'],
          ['面向电网储能的长时储能材料测试与寿命评价。'],
        ),
        paragraph(
          bold('开放共享是资助的前提条件。'),
          '项目要求承担单位向中小企业开放中试设备和测试数据，以降低初创企业的研发门槛。',
        ),
      ),
  },
  {
    slug: 'uk-battery-recycling-innovation-programme',
    title: '英国启动电池回收技术创新计划',
    titleEn: 'UK Launches a Battery Recycling Innovation Programme',
    section: 'funding',
    position: 2,
    summary: '计划为期四年，重点支持直接回收、自动化拆解和再生材料认证三类项目。',
    keywords: ['电池回收', '再生材料'],
    credits: [{ contributor: 'chenSiyuan', role: 'compiled' }],
    body: ({ cite }) =>
      richText(
        paragraph(
          '英国创新机构宣布启动一项为期四年的电池回收技术创新计划，首轮资助总额约2500万英镑',
          cite('recyclingProgramme'),
          '。计划重点支持三类项目：',
          bold('直接回收技术'),
          '，即在不破坏正极晶体结构的前提下修复和再生材料；',
          bold('自动化拆解'),
          '，利用机器视觉和机器人提高退役电池包的拆解效率；',
          bold('再生材料认证'),
          '，建立再生材料成分与性能的溯源和认证方法。',
        ),
        paragraph('计划鼓励高校、回收企业和整车企业组成联合体申报，并要求项目在结题时完成中试规模验证。'),
      ),
  },
  {
    slug: 'sodium-ion-cathode-long-cycling',
    title: '新型钠离子电池层状正极实现长循环稳定',
    titleEn: 'Layered Sodium-Ion Cathode Achieves Long-Term Cycling Stability',
    section: 'research',
    position: 1,
    summary: '体相掺杂与表面包覆的协同设计抑制了层状氧化物正极的相变和界面副反应，软包电池循环2000次后容量保持率超过85%。',
    keywords: ['钠离子电池', '层状氧化物', '正极材料'],
    credits: [{ contributor: 'xuNing', role: 'compiled' }],
    publishedIn: {
      journal: 'Energy Materials Frontiers',
      articleTitle: 'Synergistic bulk doping and surface coating stabilise layered oxide cathodes for sodium-ion batteries',
      doi: '10.5555/emf.2025.1187',
      date: '2025-11-28',
      url: 'https://journals.example.org/emf/articles/10.5555/emf.2025.1187',
    },
    body: ({ cite }) =>
      richText(
        paragraph(
          '层状过渡金属氧化物是钠离子电池的主流正极材料之一，但在高电压下容易发生不可逆相变，导致容量快速衰减。',
          '某大学材料学院的研究团队提出“体相掺杂+表面包覆”的协同策略',
          cite('sodiumCathodeRelease'),
          '：在晶格中引入少量镁、钛元素以稳定层状结构，同时在颗粒表面构筑数纳米厚的磷酸盐包覆层，抑制电解液分解。',
        ),
        paragraph(
          '测试显示，采用该正极的软包电池在1C倍率下循环2000次后容量保持率超过85%，在-20℃下仍能释放约80%的室温容量。',
          '团队表示，相关合成工艺与现有正极产线兼容，具备放大生产的条件。',
        ),
      ),
  },
  {
    slug: 'perovskite-tandem-encapsulation',
    title: '钙钛矿/晶硅叠层电池封装技术取得进展',
    titleEn: 'Encapsulation Advance Extends the Lifetime of Perovskite–Silicon Tandem Cells',
    section: 'research',
    position: 2,
    summary: '低温层压封装工艺使叠层电池在1000小时湿热老化后仍保持92%以上的初始效率。',
    keywords: ['钙钛矿', '叠层电池', '封装'],
    credits: [{ contributor: 'tangYue', role: 'compiled' }],
    publishedIn: {
      journal: 'Journal of Photovoltaic Materials and Devices',
      articleTitle: 'Low-temperature lamination with edge desiccant barriers for durable perovskite–silicon tandem modules',
      doi: '10.5555/jpmd.2025.0342',
      date: '2025-12-09',
      url: 'https://journals.example.org/jpmd/articles/10.5555/jpmd.2025.0342',
    },
    body: ({ cite }) =>
      richText(
        paragraph(
          '钙钛矿/晶硅叠层电池的效率潜力高，但钙钛矿层对水汽和高温较为敏感，封装是其走向应用的关键环节之一。',
          '一个研究团队开发出一种低温层压封装工艺',
          cite('tandemEncapsulationRelease'),
          '：以改性聚烯烃作为封装胶膜，并在组件边缘加入吸湿阻隔条，使层压温度由常规的约150℃降至110℃以下，避免了钙钛矿层的热损伤。',
        ),
        paragraph(
          bold('湿热老化表现良好。'),
          '经过1000小时湿热老化（85℃、85%相对湿度）后，封装器件仍保持初始效率的92%以上。',
          '研究人员认为，该工艺可沿用现有光伏组件的层压设备，有助于降低叠层组件的量产门槛。',
        ),
      ),
  },
  {
    slug: 'low-cost-water-electrolysis-catalyst',
    title: '低成本电解水制氢催化剂研制成功',
    titleEn: 'Low-Cost Catalyst Developed for Hydrogen Production by Water Electrolysis',
    section: 'research',
    position: 3,
    summary: '以铁、镍为主要成分的析氧催化剂在工业级电流密度下稳定运行超过3000小时。',
    keywords: ['电解水制氢', '催化剂', '非贵金属'],
    credits: [{ contributor: 'morningPost', role: 'source' }],
    publishedIn: {
      journal: 'Journal of Hydrogen Energy Materials',
      articleTitle: 'One-step electrodeposited iron–nickel oxyhydroxide for durable oxygen evolution at industrial current densities',
      doi: '10.5555/jhem.2025.0915',
      date: '2025-12-15',
    },
    body: ({ cite }) =>
      richText(
        paragraph(
          '据科技晨报报道，国内一支研究团队研制出一种以铁、镍为主要成分的非贵金属析氧催化剂',
          cite('catalystNews'),
          '。该催化剂以一步电沉积法直接生长在泡沫镍基底上，制备过程简单，原料成本不到传统贵金属催化剂的百分之一。',
        ),
        paragraph(
          '在模拟工业碱性电解槽的条件下，该催化剂以每平方厘米500毫安的电流密度连续运行超过3000小时，性能未见明显衰减。',
          '研究团队正与电解槽制造企业合作开展放大测试。',
        ),
      ),
  },
  {
    slug: 'global-energy-storage-installations-2025',
    title: '2025年全球新型储能装机规模持续快速增长',
    titleEn: 'Global New-Type Energy Storage Installations Kept Growing Rapidly in 2025',
    section: 'specialTopic',
    position: 1,
    summary: '全球新型储能累计装机较上年增长约五成，锂离子电池储能仍占主导，长时储能示范项目明显增多。',
    keywords: ['新型储能', '装机规模', '长时储能'],
    credits: [
      { contributor: 'tangYue', role: 'written' },
      { contributor: 'fangHe', role: 'reviewed' },
    ],
    body: ({ cite, figure }) =>
      richText(
        paragraph(
          '一份年度储能产业报告显示，截至2025年底，全球新型储能累计装机规模较上年增长约五成，连续第五年保持高速增长（图 1）',
          cite('storageIndustryReport'),
          '。',
        ),
        figure('storageInstallations'),
        paragraph('报告归纳了以下几个特点：'),
        numberedList(
          [bold('锂离子电池储能占据主导。'), '其在新增装机中的占比仍在九成左右，磷酸铁锂是主要技术路线。'],
          [bold('长时储能加快示范。'), '液流电池、压缩空气储能等四小时以上的长时储能项目数量明显增加。'],
          [bold('应用场景日趋多元。'), '除电源侧和电网侧外，工商业用户侧储能项目增长较快。'],
        ),
        paragraph('报告同时提醒，部分地区储能电站利用率偏低、收益模式尚不清晰，行业需要从“重规模”转向“重效益”。'),
      ),
  },
  {
    slug: 'energy-storage-station-safety-rules',
    title: '储能电站安全管理制度加快完善',
    titleEn: 'Safety Rules for Energy Storage Stations Are Being Tightened',
    section: 'specialTopic',
    position: 2,
    summary: '新印发的实施细则从电池选型、消防设计到运行监测，对储能电站提出全链条安全要求。',
    keywords: ['储能安全', '标准', '政策'],
    credits: [
      { contributor: 'chenSiyuan', role: 'compiled' },
      { contributor: 'fangHe', role: 'reviewed' },
    ],
    body: ({ cite }) =>
      richText(
        paragraph(
          '某省能源主管部门近日印发《新型储能电站安全管理实施细则》',
          cite('storageSafetyRules'),
          '，从规划设计、设备选型、施工验收、运行维护到应急处置，对储能电站提出全链条安全要求，重点包括：',
        ),
        bulletList(
          [bold('源头把关：'), '储能电池须通过热失控和热扩散等安全测试，鼓励采用具备早期预警功能的电池管理系统。'],
          [bold('消防设计：'), '根据储能单元规模设置防火间距和灭火系统，并以实体火灾试验验证设计效果。'],
          [bold('运行监测：'), '建立覆盖电池温度、电压和可燃气体浓度的在线监测体系，相关数据接入监管平台。'],
        ),
        paragraph(
          '业内专家认为，随着制度和标准逐步健全，储能电站安全管理将由“事后处置”转向“事前预防”，这也是行业由规模扩张转向高质量发展的必要条件',
          cite('storageIndustryReport'),
          '。',
        ),
      ),
  },
]
