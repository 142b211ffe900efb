/** Reference data: provinces, regions, municipalities, GIs. Each field reads its arguments and calls a service or loader. */
import { notFound } from '../src/domain/errors.js';
import { listInstitutions } from '../src/domain/reference/institutions.js';
import { listProvinces } from '../src/domain/reference/provinces.js';
import { listRegions } from '../src/domain/reference/regions.js';
import { onDate as on } from '../src/domain/sql.js';
import type { Resolvers } from '../src/graphql/generated.js';
import { loadMunicipality, loadRegion } from '../src/graphql/prefetch.js';

export const referenceResolvers: Resolvers = {
  Query: {
    provinces: (_, __, { em }) => listProvinces(em),
    province: (_, { code }, { loaders }) => loaders.province.load(code),
    regions: async (_, args, { em, loaders }) => {
      if (!args.province) return listRegions(em);
      const province = await loaders.province.load(args.province);
      if (!province) throw notFound(`Unknown province: ${args.province}`);
      return loaders.provinceRegions.load({ code: province.code, on: on(args) });
    },
    region: (_, { code }, context, info) => loadRegion(code, context, info),
    municipality: (_, { code }, context) => loadMunicipality(code, context),
    certifiedInstitutions: (_, __, { em }) => listInstitutions(em),
    certifiedInstitution: (_, { code }, { loaders }) => loaders.institution.load(code),
  },
  Province: {
    regions: (province, args, { loaders }) => loaders.provinceRegions.load({ code: province.code, on: on(args) }),
    municipalities: (province, args, { loaders }) => loaders.provinceMunicipalities.load({ code: province.code, on: on(args) }),
  },
  Region: {
    provinces: (region, args, { loaders }) => loaders.regionProvinces.load({ code: region.code, on: on(args) }),
    municipalities: (region, args, { loaders }) => loaders.regionMunicipalities.load({ code: region.code, on: on(args) }),
    certifiedInstitutions: (region, args, { loaders }) => loaders.regionInstitutions.load({ code: region.code, on: on(args) }),
    contracts: (region, args, { loaders }) => loaders.regionContracts.load({ code: region.code, on: on(args) }),
  },
  Municipality: {
    ijwCode: (municipality) => municipality.code.slice(2),
    province: async (municipality, _, { loaders }) => (await loaders.province.load(municipality.provinceCode))!,
    region: async (municipality, args, { loaders }) => {
      const date = on(args);
      const memberships = await loaders.memberships.load(municipality.code);
      const current = memberships.find((m) => m.validFrom <= date && (m.validTo === null || date < m.validTo));
      return current ? loaders.region.load(current.regionCode) : null;
    },
    regionHistory: (municipality, _, { loaders }) => loaders.memberships.load(municipality.code),
    successor: (municipality, _, { loaders }) => (municipality.successorCode ? loaders.municipality.load(municipality.successorCode) : null),
    predecessors: (municipality, _, { loaders }) => loaders.predecessors.load(municipality.code),
  },
  RegionMembership: {
    region: async (membership, _, { loaders }) => (await loaders.region.load(membership.regionCode))!,
  },
  CertifiedInstitution: {
    regions: (institution, args, { loaders }) => loaders.institutionRegions.load({ code: institution.code, on: on(args) }),
    contracts: (institution, _, { loaders }) => loaders.institutionContracts.load(institution.code),
  },

};
