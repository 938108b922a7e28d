/** How hard delivery tries, configurable per installation (see .env.example). */
function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

export const webhookSettings = {
  /** Every attempt counts, the first included. */
  maxAttempts: positiveInteger(process.env.WEBHOOK_MAX_ATTEMPTS, 5),
  /** Waited after the first failure; each further failure doubles it. */
  retryDelayMs: positiveInteger(process.env.WEBHOOK_RETRY_DELAY_MS, 30_000),
  /** A receiver that has not answered by then counts as failed, so a stuck endpoint cannot hold the queue. */
  timeoutMs: 10_000,
}
