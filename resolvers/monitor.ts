/** The monitor: case records in, KPIs and waiting figures out. Authorisation is decided in src/auth/authorise.ts. */
import { provinceCode } from '../src/domain/codes.js';
import { regionWrite } from '../src/domain/reference/regionWrite.js';
import { institutionWrite } from '../src/domain/monitor/institutionWrite.js';
import { recordMeasures } from '../src/domain/monitor/measures.js';
import { protectionMonitor } from '../src/domain/monitor/protectionMonitor.js';
import { reportWaiting, waitingReported } from '../src/domain/monitor/waiting.js';
import { recordYouthHelp } from '../src/domain/monitor/youthHelp.js';
import { onDate } from '../src/domain/sql.js';
import type { MeasureType, Resolvers } from '../src/graphql/generated.js';

export const monitorResolvers: Resolvers = {
  Mutation: {
    recordMeasures: async (_, args, { em, caller, config }) =>
      recordMeasures(em, { ...(await institutionWrite(em, caller, args.institution)), measures: args.measures, dryRun: args.dryRun ?? false, maxRows: config.maxBatchRows }),
    recordYouthHelp: async (_, args, { em, caller, config }) =>
      recordYouthHelp(em, { ...(await regionWrite(em, caller, args.region)), items: args.items, dryRun: args.dryRun ?? false, maxRows: config.maxBatchRows }),
    reportWaiting: async (_, args, { em, caller }) =>
      reportWaiting(em, { ...(await regionWrite(em, caller, args.region)), date: args.date, count: args.count, source: args.source ?? null }),
  },
  Query: {
    protectionMonitor: (_, args, { em, caller, config }) =>
      protectionMonitor(em, { caller, regions: args.regions, from: args.from, to: args.to, suppressBelow: config.suppressBelow }),
    waitingReported: (_, args, { em }) =>
      waitingReported(em, { province: args.province ? provinceCode(args.province) : null, on: onDate(args) }),
  },
  ProtectionMonitorRow: {
    region: async (row, _, { loaders }) => (await loaders.region.load(row.region))!,
  },
  MeasureFlow: { type: (flow) => flow.type as MeasureType },
  MeasureDuration: { type: (duration) => duration.type as MeasureType },
  WaitingReport: {
    region: async (report, _, { loaders }) => (await loaders.region.load(report.regionCode))!,
  },
};
