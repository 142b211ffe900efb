/**
 * The playground in a real browser (Debian's chromium, driven by playwright-core): every tab runs, and a query
 * pasted over a tab and run at once with Ctrl+Enter goes out without the tab's old operation name.
 * Run with `npm run test:browser`; it needs /usr/bin/chromium (`apt-get install chromium`).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/db/seed/demo.js';
import { startApi, type TestApi } from '../helpers/api.js';

/** A browser on a busy 2-core machine takes its time: poll for up to 20 s, not vitest's default 1 s. */
const POLL = { timeout: 20_000, interval: 250 };

let api: TestApi;
let browser: Browser;
beforeAll(async () => {
  api = await startApi('reference');
  // The demo products without the demo case records: those take seconds to generate and play no part here.
  await seedDemo(api.db.orm.em.fork());
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/** Opens the playground and waits until GraphiQL has loaded the schema. */
async function openPlayground(): Promise<{ page: Page; sent: { operationName?: string; query: string }[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const sent: { operationName?: string; query: string }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') sent.push(request.postDataJSON());
  });
  await page.goto(api.url);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');
  await expect.poll(() => sent.some((body) => body.query.includes('__schema')), POLL).toBe(true);
  return { page, sent };
}

const result = (page: Page) => page.locator('.result-window .CodeMirror').innerText();

describe('playground in chromium', () => {
  it('sends a pasted query run at once with Ctrl+Enter without the previous tab\'s operation name', async () => {
    const { page, sent } = await openPlayground();
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('{ region(code: "JZ11") { name } }');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => result(page), POLL).toContain('Zuid Kennemerland');
    await page.screenshot({ path: 'tests/browser/playground-pasted.png' });
    const run = sent.filter((body) => !body.query.includes('__schema')).at(-1)!;
    expect(run.query).toContain('region(code: "JZ11")');
    expect(run.operationName ?? null).toBeNull();
    expect(await result(page)).not.toContain('Unknown operation');
  });

  it('still sends the operation name the query defines when it holds several', async () => {
    const { page, sent } = await openPlayground();
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('query A { provinces { code } }\nquery B { region(code: "JZ11") { name } }');
    // The cursor ends in B; once GraphiQL has noticed the edit, Ctrl+Enter runs the operation under the cursor.
    await expect.poll(async () => {
      await page.keyboard.press('Control+Enter');
      return result(page);
    }, POLL).toContain('Zuid Kennemerland');
    expect(sent.at(-1)!.operationName).toBe('B');
  });

  it('runs the Translate tab and finds the example product', async () => {
    const { page } = await openPlayground();
    await page.getByRole('tab', { name: 'Translate' }).click();
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => result(page), POLL).toContain('"found": true');
    await page.screenshot({ path: 'tests/browser/playground-translate.png' });
    expect(await result(page)).toContain('Systeemtherapie (WO)');
  });
});
