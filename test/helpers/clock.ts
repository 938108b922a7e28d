import { jest } from '@jest/globals'

/**
 * Sets the date the code under test reads (`Date`, nothing else: timers, ticks and performance keep
 * running, so the database and HTTP work as ever) to `moment`, until `realTime()`. How a spec sees
 * what happens at a scheduled time without waiting for it.
 */
export function setClockTo(moment: Date): void {
  jest.useFakeTimers({
    doNotFake: [
      'cancelAnimationFrame',
      'cancelIdleCallback',
      'clearImmediate',
      'clearInterval',
      'clearTimeout',
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'requestIdleCallback',
      'setImmediate',
      'setInterval',
      'setTimeout',
    ],
    now: moment,
  })
}

export function realTime(): void {
  jest.useRealTimers()
}
