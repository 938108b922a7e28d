import type { Messages } from './en'

/** Every message of the CMS in Chinese, the office's working language (see en.ts). */
export const zh: Messages = {
  workflow: {
    states: {
      draft: '草稿',
      in_review: '审核中',
      changes_requested: '退回修改',
      approved: '已通过',
      published: '已发布',
      planning: '编排中',
      correction: '勘误中',
      withdrawn: '已撤回',
    },
  },
}
