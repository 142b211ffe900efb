/** GraphQL Code Generator: resolver types from the SDL in schema/ (`npm run codegen`, output committed). */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: './context.js#Context',
        scalars: { Date: 'string', DateTime: 'Date | string', JSON: 'unknown' },
        mappers: {
          Province: '../domain/reference/rows.js#ProvinceRow',
          Region: '../domain/reference/rows.js#RegionRow',
          Municipality: '../domain/reference/rows.js#MunicipalityRow',
          RegionMembership: '../domain/reference/rows.js#MembershipRow',
          CertifiedInstitution: '../domain/reference/rows.js#InstitutionRow',
          Contract: '../domain/contracts/read.js#ContractRow',
          Provider: '../domain/reference/providers.js#ProviderRow',
          Category: '../domain/categorisation/rows.js#CategoryRow',
          LocalProduct: '../domain/categorisation/rows.js#LocalProductRow',
          Mapping: '../domain/categorisation/rows.js#MappingRow',
          Change: '../domain/changes/feed.js#ChangeRow',
          ChangeConnection: '../domain/changes/feed.js#ChangePage',
          AuditEvent: '../domain/audit/read.js#AuditRow',
          AuditEventConnection: '../domain/audit/read.js#AuditPage',
          ProtectionMonitorRow: '../domain/monitor/suppression.js#MonitorRow',
          WaitingReport: '../domain/monitor/waiting.js#WaitingReportRow',
          Availability: '../domain/availability/read.js#AvailabilityRow',
        },
      },
    },
  },
};
export default config;
