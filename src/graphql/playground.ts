/**
 * The playground: GraphiQL from the project's own node_modules (no CDN, so it works offline), opened with
 * one tab per contract operation and example variables.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { parse, print, type OperationDefinitionNode } from 'graphql';

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
};

/** The contract's reference and categorisation queries; mutations and the monitor come with their issues. */
export function exampleTabs(contract: string) {
  return parse(contract).definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.operation === 'query')
    .filter((d) => !['ProtectionMonitor', 'WaitingReported', 'Availability'].includes(d.name!.value))
    .map((d) => ({ query: print(d), variables: JSON.stringify(EXAMPLE_VARIABLES[d.name!.value] ?? {}, null, 2) }));
}

const contract = readFileSync(new URL('./contract.graphql', import.meta.url), 'utf8');

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
