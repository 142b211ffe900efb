/**
 * The request log is quiet in tests (warnings and errors only) unless LOG_LEVEL says otherwise;
 * tests/logs.test.ts turns it up to check it. Set here, not through the environment, so that the servers
 * tests start as child processes log as they would in production.
 */
import { logger } from '../../src/observability/logger.js';

logger.level = process.env.LOG_LEVEL ?? 'warn';
