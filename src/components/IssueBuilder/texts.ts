/** Every word the issue builder shows, in the admin's two languages. */
export const issueBuilderTexts = {
  approvedNote: {
    en: 'This issue is approved: saving a new order sends it back to planning for a fresh approval.',
    zh: '本期已审核通过：保存新的顺序后，本期将回到编排中，需要重新审核。',
  },
  complete: { en: 'Nothing is missing: every item is approved and every source is complete.', zh: '内容齐全：所有稿件均已通过审核，图片与文献信息完整。' },
  dragHandle: { en: 'Drag to reorder', zh: '拖动以调整顺序' },
  emptySection: { en: 'No items in this section yet.', zh: '本栏目还没有稿件。' },
  emptySections: { en: 'Sections without items', zh: '没有稿件的栏目' },
  figuresWithoutCaption: { en: 'Figures without a caption', zh: '缺少图题的图片' },
  hint: {
    en: 'Drag sections and the items within them into printed order (or focus a handle and use Space and the arrow keys), then save.',
    zh: '拖动栏目及栏目内的稿件，排成印刷顺序（也可聚焦拖动柄后用空格键和方向键），然后保存。',
  },
  itemsNotApproved: { en: 'Items not yet approved', zh: '尚未通过审核的稿件' },
  loading: { en: 'Loading the issue…', zh: '正在载入本期内容……' },
  locked: { en: 'This issue is no longer in planning or review; its order is final.', zh: '本期已不在编排或审核阶段，顺序不能再调整。' },
  missing: { en: 'Missing pieces', zh: '待补内容' },
  readOnly: { en: 'Only editors and administrators can change the order.', zh: '只有编辑和管理员可以调整顺序。' },
  referencesWithoutURL: { en: 'References without a URL or DOI', zh: '缺少网址或 DOI 的参考文献' },
  reset: { en: 'Undo changes', zh: '撤销更改' },
  save: { en: 'Save order', zh: '保存顺序' },
  saved: { en: 'The new order is saved.', zh: '新的顺序已保存。' },
  title: { en: 'Issue builder', zh: '期刊编排' },
  usedIn: { en: 'in', zh: '见于' },
}

export type IssueBuilderText = keyof typeof issueBuilderTexts
