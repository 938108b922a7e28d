import { messagesByLanguage, type Translated, translated } from '../i18n'

/** Everything the audit log records: the workflow's transitions and the other changes it keeps. */
export const auditActions = Object.keys(messagesByLanguage.en.collections.auditLog.actions) as Array<keyof typeof messagesByLanguage.en.collections.auditLog.actions>
export type AuditAction = (typeof auditActions)[number]

export const auditActionLabels = Object.fromEntries(
  auditActions.map((action) => [action, translated((m) => m.collections.auditLog.actions[action])]),
) as Record<AuditAction, Translated>
