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
  Translate: { region: 'JZ11', productCategory: '45', productCode: '45A01' },
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
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
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
  router.get('/playground/:file', (req, res) => {
    const file = files[req.params.file];
    if (!file) return void res.sendStatus(404);
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
