/** Everything the process writes to stdout and stderr while a test runs (where the server's log goes), kept instead of printed. */
export interface Capture {
  text(): string;
  /** The JSON log lines written so far. */
  lines(): Record<string, any>[];
  /** Waits for the log line of this request (it is written when the response has gone out). */
  requestLine(requestId: string): Promise<Record<string, any>>;
  stop(): void;
}

export function captureOutput(): Capture {
  const chunks: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const keep = ((chunk: unknown, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = keep;
  process.stderr.write = keep;
  const lines = () => chunks.join('').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, any>);
  return {
    text: () => chunks.join(''),
    lines,
    async requestLine(requestId) {
      for (let i = 0; i < 100; i += 1) {
        const line = lines().find((l) => l.msg === 'request' && l.requestId === requestId);
        if (line) return line;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no log line for request ${requestId}`);
    },
    stop() {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    },
  };
}
