/** Counts SQL statements sent through MikroORM: process-wide (tests and the bench) and per request (logs, metrics). */
import { currentRequest } from '../observability/requestScope.js';

export const sqlCounter = { count: 0 };

export function countStatement(): void {
  sqlCounter.count += 1;
  const request = currentRequest();
  if (request) request.sqlStatements += 1;
}
