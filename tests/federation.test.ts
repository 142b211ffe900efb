/**
 * The API as a federation subgraph: composed with a second subgraph that extends Region, behind a real
 * gateway from npm, a query across both answers, and the regions the gateway asks for come in one batch.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlCounter } from '../src/db/sqlCounter.js';
import { startApi, type TestApi } from './helpers/api.js';

let api: TestApi;
let cases: { url: string; close(): Promise<void> };
let gateway: ApolloServer;
const referencesSeen: string[][] = [];

/** A municipal case system: it knows open cases per region, and which regions are busiest; names come from us. */
async function startCasesSubgraph() {
  const schema = buildSubgraphSchema([{
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Region @key(fields: "code") { code: ID! openCases: Int! }
      type Query { busiestRegions: [Region!]! }`),
    resolvers: {
      Query: { busiestRegions: () => [{ code: 'JZ11' }, { code: 'JZ24' }, { code: 'JZ25' }] },
      Region: {
        __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
        openCases: (region: { code: string }) => Number(region.code.slice(2)) * 10,
      },
    } as never,
  }]);
  const server = new ApolloServer({ schema });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const http: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await server.stop();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

beforeAll(async () => {
  api = await startApi('reference');
  cases = await startCasesSubgraph();
  gateway = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: 'jeugdzorg', url: `${api.url}/graphql` }, { name: 'cases', url: cases.url }] }),
      buildService: ({ url }) => ({
        async process({ request }) {
          if (url?.startsWith(api.url) && request.query?.includes('_entities')) {
            referencesSeen.push((request.variables?.representations as { code: string }[]).map((r) => r.code));
          }
          const response = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
          return response.json();
        },
      }),
    }),
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  await cases?.close();
  await api?.close();
});

const run = async (query: string) => {
  const response = await gateway.executeOperation({ query });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return response.body.singleResult;
};

describe('federation', () => {
  it('joins a region of this API with fields of another subgraph, in both directions', async () => {
    const ours = await run('{ region(code: "JZ11") { code name openCases } }');
    expect(ours).toEqual({ data: { region: { code: 'JZ11', name: 'Zuid Kennemerland', openCases: 110 } } });

    referencesSeen.length = 0;
    const before = sqlCounter.count;
    const theirs = await run('{ busiestRegions { code name openCases municipalities(on: "2025-06-01") { code } } }');
    const statements = sqlCounter.count - before;
    expect(theirs.errors).toBeUndefined();
    expect((theirs.data as any).busiestRegions.map((r: { code: string; name: string; openCases: number }) => [r.code, r.name, r.openCases])).toEqual([
      ['JZ11', 'Zuid Kennemerland', 110], ['JZ24', 'Haaglanden', 240], ['JZ25', 'Achterhoek', 250],
    ]);
    expect((theirs.data as any).busiestRegions[0].municipalities.map((m: { code: string }) => m.code)).toContain('GM0392'); // Haarlem
    // One request for the three references, and one statement each for the regions and for their municipalities.
    expect(referencesSeen).toEqual([['JZ11', 'JZ24', 'JZ25']]);
    expect(statements).toBe(2);
  });

  it('still answers a client that calls it directly like a plain GraphQL API', async () => {
    const direct = await api.gql('{ region(code: "JZ11") { name } _service { sdl } }');
    expect(direct.data.region.name).toBe('Zuid Kennemerland');
    expect(direct.data._service.sdl).toContain('type Region implements Node @key(fields: "code")');
  });
});
