/** Reading the audit log, newest first, for admins. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page } from '../categorisation/localProducts.js';
import { pageSize } from '../categorisation/localProducts.js';
import { idCursor, idPage } from '../cursors.js';
import type { AuditEntry } from './record.js';

export interface AuditRow extends AuditEntry {
  id: number;
  /** RFC 3339. */
  at: string;
}

const { encode, decode } = idCursor('audit');

export async function auditLog(
  em: EntityManager,
  args: { after?: string | null; first?: number | null; subject?: string | null; operation?: string | null },
): Promise<Page<AuditRow>> {
  const size = pageSize(args.first);
  const filters = ['true'];
  const params: unknown[] = [];
  if (args.subject) { filters.push('a.subject = ?'); params.push(args.subject); }
  if (args.operation) { filters.push('a.operation = ?'); params.push(args.operation); }
  const where = filters.join(' and ');
  const [{ count }] = await em.execute<{ count: number }[]>(`select count(*)::int as count from audit_event a where ${where}`, params);
  const rows = await em.execute<(Omit<AuditRow, 'id'> & { id: string })[]>(
    `select a.id::text as id, to_json(a.at) #>> '{}' as at, a.subject, a.roles, a.operation, a.target, a.counts, a.outcome
       from audit_event a where ${where} ${args.after ? 'and a.id < ?' : ''} order by a.id desc limit ?`,
    [...params, ...(args.after ? [decode(args.after)] : []), size + 1],
  );
  return idPage(rows, size, count, encode, args.after);
}
