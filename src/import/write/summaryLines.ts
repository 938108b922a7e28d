import type { ImportSummary } from './summary'

/** The summary as the command prints it, in Chinese with the figures a person checks against the file. */
export function summaryLines(summary: ImportSummary, adminURL: string): string[] {
  const { issue } = summary
  const lines = [
    `${summary.replaced ? '已重写' : '已创建'}期刊 #${issue.id} ${issue.title}（${issue.workflowState === 'published' ? '已发布' : '草稿'}）`,
    `栏目 ${summary.sections.length} 个：${summary.sections.map((section) => `${section.name}（${section.items} 篇${section.created ? '，新建' : ''}）`).join('、')}`,
    `稿件 ${summary.items} 篇，表格 ${summary.tables} 个，图 ${summary.figures} 幅，原文出处 ${summary.publishedIn} 条`,
    `脚注 ${summary.footnotes} 条：新建参考文献 ${summary.references.created} 条，匹配已有 ${summary.references.matched} 条`,
    `署名：${summary.credits.map((credit) => `${credit.name} ${credit.items} 篇${credit.created ? '（新建）' : ''}`).join('、') || '无'}`,
  ]
  if (summary.warnings.length) {
    lines.push(`请核对（${summary.warnings.length} 条）：`)
    lines.push(...summary.warnings.map((entry) => `  - ${entry.message.zh}`))
  }
  lines.push(`打开：${adminURL}`)
  return lines
}
