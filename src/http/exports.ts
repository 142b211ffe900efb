/**
 * CSV downloads of what analysts look at: the same GraphQL operations the dashboards send (so the same
 * validation, code forms and errors), flattened to one line a row. Written for Dutch Excel: UTF-8 with a BOM,
 * `;` between fields and a decimal comma in euro amounts, so a double-click opens it right.
 */
import type { ApolloServer, GraphQLResponse } from '@apollo/server';
import { stringify } from 'csv-stringify/sync';
import { Router, type Request } from 'express';
import type { Context } from '../graphql/context.js';

type Row = (string | number | null)[];
type Data = Record<string, any>;

interface Export {
  query: string;
  variables(query: Request['query']): Record<string, unknown>;
  columns: string[];
  rows(data: Data): Row[];
  /** For a connection: where the rows of the next page start, or null when done. */
  next?(data: Data): string | null;
}

/** `95,00`: euros the way Dutch Excel reads them. */
const euros = (cents: number | null) => (cents === null ? null : (cents / 100).toFixed(2).replace('.', ','));
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const list = (value: unknown) => text(value)?.split(',').map((code) => code.trim()).filter(Boolean);

const EXPORTS: Record<string, Export> = {
  'compare-regions': {
    query: `query($category: ID!, $regions: [ID!], $on: Date) { compareRegions(category: $category, regions: $regions, on: $on) {
      region { code name } productCount tariffs { unit count minCents medianCents maxCents } } }`,
    variables: (q) => ({ category: text(q.category) ?? '', regions: list(q.regions), on: text(q.on) }),
    columns: ['region', 'regionName', 'productCount', 'unit', 'tariffCount', 'minEuro', 'medianEuro', 'maxEuro'],
    rows: (data) => data.compareRegions.flatMap((r: Data) => {
      const head = [r.region.code, r.region.name, r.productCount];
      if (!r.tariffs.length) return [[...head, null, 0, null, null, null]];
      return r.tariffs.map((t: Data) => [...head, t.unit, t.count, euros(t.minCents), euros(t.medianCents), euros(t.maxCents)]);
    }),
  },
  'local-products': {
    query: `query($category: ID!, $regions: [ID!], $on: Date, $after: String) {
      localProducts(category: $category, regions: $regions, on: $on, first: 200, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { region { code name } productCategory productCode name unit tariffCents validFrom validTo
                       mappings { relationship category { code } } } } } }`,
    variables: (q) => ({ category: text(q.category) ?? '', regions: list(q.regions), on: text(q.on) }),
    columns: ['region', 'regionName', 'productCategory', 'productCode', 'name', 'unit', 'tariffEuro', 'validFrom', 'validTo', 'mappings'],
    rows: (data) => data.localProducts.edges.map(({ node: p }: Data) => [
      p.region.code, p.region.name, p.productCategory, p.productCode, p.name, p.unit, euros(p.tariffCents), p.validFrom, p.validTo,
      p.mappings.map((m: Data) => `${m.category.code}:${m.relationship}`).join(' '),
    ]),
    next: (data) => (data.localProducts.pageInfo.hasNextPage ? data.localProducts.pageInfo.endCursor : null),
  },
  'mapping-coverage': {
    query: `query($on: Date) { mappingCoverage(on: $on) { region { code name } productCount mappedCount unmappedCount } }`,
    variables: (q) => ({ on: text(q.on) }),
    columns: ['region', 'regionName', 'productCount', 'mappedCount', 'unmappedCount'],
    rows: (data) => data.mappingCoverage.map((c: Data) => [c.region.code, c.region.name, c.productCount, c.mappedCount, c.unmappedCount]),
  },
};

/** A connection is exported whole, up to this many pages of 200 (within the query cost limit). */
const MAX_PAGES = 500;

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export function exportsRouter(apollo: ApolloServer<Context>, contextFor: (req: Request) => Promise<Context>): Router {
  const router = Router();
  router.get('/export/:name.csv', async (req, res, next) => {
    const spec = EXPORTS[req.params.name];
    if (!spec) return next();
    try {
      const contextValue = await contextFor(req);
      const rows: Row[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const response: GraphQLResponse<Data> = await apollo.executeOperation({ query: spec.query, variables: { ...spec.variables(req.query), after } }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
        const { data, errors } = response.body.singleResult as { data?: Data; errors?: readonly { extensions?: Record<string, unknown> }[] };
        if (errors?.length) {
          const code = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          return void res.status(STATUS[code] ?? 503).json({ errors });
        }
        rows.push(...spec.rows(data as Data));
        after = spec.next?.(data as Data) ?? null;
        if (!after) break;
      }
      const on = text(req.query.on) ?? 'today';
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${req.params.name}-${on.replace(/[^\w-]/g, '')}.csv"`);
      res.send(stringify(rows, { bom: true, delimiter: ';', header: true, columns: spec.columns, record_delimiter: 'windows' }));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
