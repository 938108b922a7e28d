import type { LoggerOptions } from 'pino'

const ERROR_LEVEL = 50

type Logged = { err?: { message?: string; originalError?: { status?: number } } }

/**
 * Payload's GraphQL handler logs every error as an error, with its stack, by the GraphQL error's
 * name, whatever the cause: a refusal the client caused (a 4xx of ours or Payload's) becomes one
 * info line, as it is for REST through `loggingLevels`.
 */
export const clientErrorsAsInfo: NonNullable<LoggerOptions['hooks']>['logMethod'] = function (args, method, level) {
  const [logged] = args as unknown[] as [Logged | undefined]
  const status = logged?.err?.originalError?.status
  if (level === ERROR_LEVEL && typeof status === 'number' && status < 500) {
    return this.info({ msg: logged?.err?.message, status })
  }
  return method.apply(this, args)
}
