/**
 * Resolves once `holds()` is true, asking again every `intervalMs`; after `timeoutMs` it fails with
 * `describe()`. For conditions that only another process changes (a server's jobs queue writing the
 * database) and that no event announces: the wait ends as soon as the condition holds.
 */
export async function waitUntil(
  holds: () => Promise<boolean>,
  { describe, intervalMs = 100, timeoutMs = 30_000 }: { describe: () => Promise<string> | string; intervalMs?: number; timeoutMs?: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await holds())) {
    if (Date.now() > deadline) throw new Error(await describe())
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
