/**
 * The playground: GraphiQL from the project's own node_modules (no CDN, so it works offline), opened with
 * one tab per contract operation and example variables.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { projectPath } from '../projectRoot.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** Variables that show each example on real data. */
const EXAMPLE_VARIABLES: Record<string, object> = {
  RegionsInProvince: { province: 'PV27', on: '2025-06-01' },
  Region: { code: 'JZ06', on: '2021-06-01' },
  Municipality: { code: 'GM0398', on: '2021-06-01' },
  Translate: { region: 'JZ11', productCategory: '45', productCode: '45V8J' },
  LocalProductsForCategory: { category: '45-BHI', regions: ['JZ11', 'JZ24', 'JZ25'], first: 20 },
  CompareRegions: { category: '45-BHI', regions: ['JZ11', 'JZ24', 'JZ25'] },
  Unmapped: { region: 'JZ11' },
  ProtectionMonitor: { regions: ['JZ13', 'JZ11'], from: '2024-01-01', to: '2024-12-31' },
  WaitingReported: { province: 'PV27', on: '2021-12-31' },
  Availability: { category: '45', region: 'JZ11' },
};

/** Notes above a tab's query: what it needs to run locally. */
const NOTES: Record<string, string> = {
  ProtectionMonitor: [
    '# Needs an analyst (or admin) token. Locally: start the API with JWT_SECRET=change-me npm start, then run',
    '#   JWT_SECRET=change-me npm run token -- --role analyst --region JZ13 --region JZ11',
    '# and put {"Authorization": "Bearer <the token>"} under Headers below. Counts from 1 to 4 come back as null',
    '# (SUPPRESS_BELOW); the field descriptions in the docs explain every KPI and the suppression rules.',
  ].join('\n'),
  Availability: '# Providers report their room with reportAvailability (a token with a provider claim); the demo data has reports of 60 fictional providers.',
};

/** The contract's queries, each with example variables (and a note where it needs a token). */
export function exampleTabs(contract: string) {
  return parse(contract).definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.operation === 'query')
    .map((d) => {
      const name = d.name!.value;
      const note = NOTES[name];
      return {
        query: note ? `${note}\n${print(d)}` : print(d),
        variables: JSON.stringify(EXAMPLE_VARIABLES[name] ?? {}, null, 2),
        ...(name === 'ProtectionMonitor' ? { headers: JSON.stringify({ Authorization: 'Bearer <the token>' }, null, 2) } : {}),
      };
    });
}

const contract = readFileSync(projectPath('src', 'graphql', 'contract.graphql'), 'utf8');

const page = (tabs: ReturnType<typeof exampleTabs>) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Jeugdzorg API playground</title>
  <link rel="stylesheet" href="/playground/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/react.production.min.js"></script>
  <script src="/playground/react-dom.production.min.js"></script>
  <script src="/playground/graphiql.min.js"></script>
  <script>
    const send = GraphiQL.createFetcher({ url: '/graphql' });
    // GraphiQL updates a tab's operation name a moment after an edit, so a query pasted and run at once would go
    // out with the tab's old name; send only a name the query itself defines.
    const defines = (query, name) => [...query.matchAll(/\\b(?:query|mutation|subscription)\\s+(\\w+)/g)].some((m) => m[1] === name);
    const fetcher = (params, options) =>
      send(params.operationName && !defines(params.query, params.operationName) ? { ...params, operationName: undefined } : params, options);
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, defaultTabs: ${JSON.stringify(tabs).replace(/</g, '\\u003c')} }),
    );
  </script>
</body>
</html>`;

export function playgroundRouter(): Router {
  const router = express.Router();
  const html = page(exampleTabs(contract));
  const files: Record<string, string> = {
    'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
    'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
    'react.production.min.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
    'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  };
  router.get('/playground/:file', (req, res, next) => {
    const file = files[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  const serve: express.RequestHandler = (req, res, next) => {
    if (req.method === 'GET' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' && !req.query.query) {
      return void res.type('html').send(html);
    }
    next();
  };
  router.get('/', serve);
  router.get('/graphql', serve);
  return router;
}
