/** Moved to the batch kit (src/domain/batch); kept so the existing syncs' imports still resolve. */
export * from '../batch/result.js';
