/** Every word of the review thread, in the admin's two languages. */
export const reviewThreadTexts = {
  add: { en: 'Add comment', zh: '发表意见' },
  heading: { en: 'Review comments', zh: '审稿意见' },
  none: { en: 'No comments yet.', zh: '暂无审稿意见。' },
  placeholder: { en: 'A remark for the editor or reviewer (does not change the state)', zh: '给编辑或审稿人的意见（不改变流程状态）' },
  resolve: { en: 'Mark resolved', zh: '标记为已解决' },
  resolved: { en: 'Resolved', zh: '已解决' },
  unknownAuthor: { en: 'Unknown', zh: '未知' },
}
