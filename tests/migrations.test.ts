/** The migrations build exactly the schema the entities describe, so `migration:create` on a clean checkout finds nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startApi('none'); });
afterAll(async () => { await api?.close(); });

describe('migrations', () => {
  it('leave no difference between the entities and the migrated database', async () => {
    const diff = await api.db.orm.schema.getUpdateSchemaMigrationSQL({ wrap: false });
    expect(diff.up.trim()).toBe('');
    expect(diff.down.trim()).toBe('');
  });
});
