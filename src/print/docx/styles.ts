import { AlignmentType, BorderStyle, type IStylesOptions, type INumberingOptions, LevelFormat } from 'docx'

/**
 * The Word edition's named styles, as a Chinese office document sets them: 宋体 body text in 小四
 * with Times New Roman for Latin text, 黑体 headings, 楷体 for the editor's note. Sizes are in half
 * points (docx's unit), named after the Chinese type sizes the office uses.
 */
const SIZE = { 小初: 72, 二号: 44, 小二: 36, 三号: 32, 四号: 28, 小四: 24, 五号: 21, 小五: 18 } as const

const LATIN = 'Times New Roman'
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia })
export const FONT = { song: font('SimSun'), hei: font('SimHei'), kai: font('KaiTi') } as const

/** Ids of the paragraph styles the edition writes; Word shows their names in its style gallery. */
export const STYLE = {
  body: 'BulletinBody',
  editorsNote: 'EditorsNote',
  list: 'BulletinList',
  caption: 'Caption',
  captionEn: 'CaptionEnglish',
  source: 'FigureSource',
  tableText: 'TableText',
  publishedIn: 'PublishedIn',
  credit: 'CreditLine',
  coverYear: 'CoverYear',
  coverTitle: 'CoverTitle',
  coverTitleEn: 'CoverTitleEnglish',
  coverPublisher: 'CoverPublisher',
  citation: 'CitationLine',
  tocHeading: 'TOCHeading',
  header: 'Header',
  footer: 'Footer',
} as const

export const NUMBERING = { ordered: 'bulletin-ordered', bullet: 'bulletin-bullet' } as const

/** A4 with the margins of Word's Chinese default; the text width is what figures scale to. */
export const PAGE = { width: 11906, height: 16838, marginTopBottom: 1440, marginLeftRight: 1800 } as const
const TWIPS_PER_PIXEL = 15
export const TEXT_WIDTH_PX = (PAGE.width - 2 * PAGE.marginLeftRight) / TWIPS_PER_PIXEL
export const TEXT_HEIGHT_PX = (PAGE.height - 2 * PAGE.marginTopBottom) / TWIPS_PER_PIXEL

const ONE_AND_HALF_LINES = { line: 360 }
const centred = { alignment: AlignmentType.CENTER }

export const styles: IStylesOptions = {
  default: {
    document: { run: { font: FONT.song, size: SIZE.小四, language: { value: 'en-US', eastAsia: 'zh-CN' } }, paragraph: { spacing: { line: 300 } } },
    heading1: {
      run: { font: FONT.hei, size: SIZE.三号, bold: true },
      paragraph: { spacing: { before: 360, after: 240 }, keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT.hei, size: SIZE.四号, bold: true },
      paragraph: { ...centred, spacing: { before: 360, after: 240 }, keepNext: true, outlineLevel: 1 },
    },
    heading3: { run: { font: FONT.hei, size: SIZE.小四, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 2 } },
    heading4: { run: { font: FONT.kai, size: SIZE.小四, bold: true }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true, outlineLevel: 3 } },
    heading5: { run: { font: FONT.song, size: SIZE.小四, bold: true }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true, outlineLevel: 4 } },
    footnoteText: { run: { font: FONT.song, size: SIZE.小五 } },
    hyperlink: { run: { color: '1F4E79', underline: {} } },
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: 'Bulletin Body 正文',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      run: { font: FONT.song, size: SIZE.小四 },
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLineChars: 200 }, spacing: { ...ONE_AND_HALF_LINES, after: 60 } },
    },
    {
      id: STYLE.list,
      name: 'Bulletin List 列表',
      basedOn: 'Normal',
      run: { font: FONT.song, size: SIZE.小四 },
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { ...ONE_AND_HALF_LINES, after: 60 } },
    },
    {
      id: STYLE.editorsNote,
      name: 'Editor’s Note 编者按',
      basedOn: STYLE.body,
      quickFormat: true,
      run: { font: FONT.kai, size: SIZE.小四 },
      paragraph: {
        indent: { firstLineChars: 200 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 4, space: 4 } },
        spacing: { ...ONE_AND_HALF_LINES, before: 120, after: 240 },
      },
    },
    { id: STYLE.caption, name: 'Caption', basedOn: 'Normal', quickFormat: true, run: { font: FONT.hei, size: SIZE.五号 }, paragraph: { ...centred, spacing: { before: 60 }, keepNext: true } },
    { id: STYLE.captionEn, name: 'Caption English 英文题注', basedOn: STYLE.caption, run: { font: FONT.song, size: SIZE.五号 }, paragraph: { ...centred, keepNext: true } },
    { id: STYLE.source, name: 'Source Line 资料来源', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.小五 }, paragraph: { spacing: { after: 120 } } },
    { id: STYLE.tableText, name: 'Table Text 表格文字', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.五号 }, paragraph: { spacing: { line: 240 } } },
    { id: STYLE.publishedIn, name: 'Published In 发表信息', basedOn: STYLE.body, run: { font: FONT.song, size: SIZE.小四 } },
    { id: STYLE.credit, name: 'Credit Line 署名', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.小四 }, paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 240 } } },
    { id: STYLE.coverYear, name: 'Cover Year 封面年份', basedOn: 'Normal', run: { font: FONT.hei, size: SIZE.小二, bold: true }, paragraph: { ...centred, spacing: { before: 1200, after: 480 } } },
    { id: STYLE.coverTitle, name: 'Cover Title 刊名', basedOn: 'Normal', run: { font: FONT.hei, size: SIZE.小初, bold: true, color: 'C00000' }, paragraph: { ...centred, spacing: { after: 240 } } },
    { id: STYLE.coverTitleEn, name: 'Cover Title English 英文刊名', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.三号, bold: true }, paragraph: { ...centred, spacing: { after: 2400 } } },
    { id: STYLE.coverPublisher, name: 'Cover Publisher 编印单位', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.三号 }, paragraph: { ...centred, spacing: { after: 120 } } },
    { id: STYLE.citation, name: 'Citation Line 引用格式', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.五号 }, paragraph: { spacing: { before: 960 } } },
    { id: STYLE.tocHeading, name: 'TOC Heading 目录标题', basedOn: 'Normal', run: { font: FONT.hei, size: SIZE.小二, bold: true }, paragraph: { ...centred, spacing: { after: 360 } } },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', run: { font: FONT.hei, size: SIZE.四号 }, paragraph: { spacing: { before: 200, after: 60 } } },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.小四 }, paragraph: { indent: { left: 420 }, spacing: { after: 40 } } },
    { id: STYLE.header, name: 'header', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.小五 }, paragraph: centred },
    { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: { font: FONT.song, size: SIZE.小五 }, paragraph: centred },
  ],
}

/** (1) (2) … for numbered lists, ► for bullets, as the office's bulletins print them. */
export const numbering: INumberingOptions = {
  config: [
    {
      reference: NUMBERING.ordered,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 480 } } } }],
    },
    {
      reference: NUMBERING.bullet,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '►', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
    },
  ],
}
