/** Reading the audit log, newest first, for admins. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { idCursor, idPage, pageSize, type FeedPage } from '../batch/pages.js';
import type { AuditEntry } from './record.js';

export interface AuditRow extends AuditEntry {
  id: number;
  /** PostgreSQL's text form of the timestamptz (raw SQL keeps it as text); the DateTime scalar reads it. */
  at: string;
}

export type AuditPage = FeedPage<AuditRow>;

const { encode, decode } = idCursor('audit');

export async function auditLog(
  em: EntityManager,
  args: { after?: string | null; first?: number | null; subject?: string | null; operation?: string | null },
): Promise<AuditPage> {
  const size = pageSize(args.first);
  const filters = ['true'];
  const params: unknown[] = [];
  if (args.subject) { filters.push('a.subject = ?'); params.push(args.subject); }
  if (args.operation) { filters.push('a.operation = ?'); params.push(args.operation); }
  const where = filters.join(' and ');
  const rows = await em.execute<(Omit<AuditRow, 'id'> & { id: string })[]>(
    `select a.id::text as id, a.at, a.subject, a.roles, a.operation, a.target, a.counts, a.outcome
       from audit_event a where ${where} ${args.after ? 'and a.id < ?' : ''} order by a.id desc limit ?`,
    [...params, ...(args.after ? [decode(args.after)] : []), size + 1],
  );
  const count = async () => (await em.execute<{ count: number }[]>(`select count(*)::int as count from audit_event a where ${where}`, params))[0].count;
  return idPage(rows, size, count, encode, args.after);
}
