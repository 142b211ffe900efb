/**
 * What the audit log keeps of a request: one event per audited root field (every mutation, and the reads of
 * case-derived data listed in AUDITED_READS). Only scalar arguments are kept (codes, flags, dates), never
 * an object or a list of objects, so the rows of a batch (products, or pseudonymous case records) and JSON
 * documents never reach it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, valueFromASTUntyped, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '../../auth/principal.js';

/** Queries that read case-derived data: every read of them is audited like a write. */
export const AUDITED_READS = new Set<string>(['protectionMonitor']);

export interface AuditEntry {
  subject: string | null;
  roles: readonly string[];
  operation: string;
  target: Record<string, unknown>;
  counts: Record<string, number | boolean>;
  outcome: string;
}

interface ResponseError { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }

/** A code, flag, date or number, or a list of them. */
const isScalar = (value: unknown): boolean =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every(isScalar));

/** The numbers and flags of a result object, and how many row errors it reported. */
function countsOf(result: unknown): Record<string, number | boolean> {
  if (!result || typeof result !== 'object') return {};
  const counts: Record<string, number | boolean> = {};
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'number' || typeof value === 'boolean') counts[key] = value;
    else if (key === 'errors' && Array.isArray(value)) counts.rowErrors = value.length;
  }
  return counts;
}

function outcomeOf(counts: Record<string, number | boolean>, error: ResponseError | undefined, read: boolean): string {
  if (error) return String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (read) return 'READ';
  if (typeof counts.rowErrors === 'number' && counts.rowErrors > 0) return 'REJECTED';
  return counts.applied === false ? 'DRY_RUN' : 'APPLIED';
}

/** The audit entries of one executed operation; empty when nothing in it is audited. */
export function auditEntries(args: {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  data: Record<string, unknown> | null | undefined;
  errors: readonly ResponseError[];
  principal: Principal | null;
}): AuditEntry[] {
  const { schema, operation, variables, data, errors, principal } = args;
  const rootType = (operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()) as GraphQLObjectType | null;
  if (!rootType || operation.operation === 'subscription') return [];
  const entries: AuditEntry[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const read = operation.operation === 'query';
    if (read && !AUDITED_READS.has(selection.name.value)) continue;
    const field = rootType.getFields()[selection.name.value];
    if (!field) continue;
    const key = selection.alias?.value ?? selection.name.value;
    const target = Object.fromEntries((selection.arguments ?? [])
      .map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)])
      .filter(([, value]) => value !== undefined && isScalar(value)));
    const counts = countsOf(data?.[key]);
    const error = errors.find((e) => !e.path || e.path[0] === key);
    entries.push({
      subject: principal?.subject ?? null, roles: principal?.roles ?? [], operation: field.name, target, counts,
      outcome: outcomeOf(counts, error, read),
    });
  }
  return entries;
}

export async function recordAudit(em: EntityManager, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await em.execute(
    `insert into audit_event (subject, roles, operation, target, counts, outcome)
     select v.subject, array(select jsonb_array_elements_text(v.roles)), v.operation, v.target, v.counts, v.outcome
       from jsonb_to_recordset(?::jsonb) as v(subject text, roles jsonb, operation text, target jsonb, counts jsonb, outcome text)`,
    // A lone UTF-16 surrogate or a NUL (a client may send either) is valid in JS, not in jsonb: replace them.
    [JSON.stringify(entries, (_key, value) => (typeof value === 'string' ? value.toWellFormed().replaceAll('\u0000', '\uFFFD') : value))],
    // Also after a query whose reads went to a replica: the log lives on the primary.
    { method: 'run', connectionType: 'write' },
  );
}
