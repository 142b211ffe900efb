/** Telemetry still buffered when the process stops (the last spans): main.ts flushes it after draining. */
const pending: (() => Promise<void>)[] = [];

export const flushOnStop = (flush: () => Promise<void>): void => void pending.push(flush);

/** Waits for every flush, at most `withinMs`: an unreachable collector must not hold up a shutdown. */
export async function flushTelemetry(withinMs = 2_000): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, withinMs).unref());
  await Promise.race([Promise.allSettled(pending.map((flush) => flush())), timeout]);
}
