/** Raw HTTP to the API, for tests that look at status codes and bodies the GraphQL helper hides. */
export interface RawResponse {
  status: number;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json: any;
  ms: number;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, ms: Math.round(performance.now() - started) };
}

/** What must never reach a client: SQL, stack frames, file paths, driver or ORM names. */
export const INTERNALS = /\bselect\b.*\bfrom\b|\binsert into\b|\n\s+at |\bat \S+ \(\S+:\d+:\d+\)|\/work\/|node_modules|\.ts:\d|\.js:\d|MikroORM|Exception|relation "|syntax error at or near/i;
