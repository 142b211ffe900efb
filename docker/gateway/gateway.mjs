// A federation gateway in front of the API replicas (and, in a national set-up, other subgraphs: add them to
// SUBGRAPHS as name=url pairs). It composes the supergraph from the subgraphs themselves at start.
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const subgraphs = (process.env.SUBGRAPHS ?? 'jeugdzorg=http://api:4000/graphql').split(',').map((pair) => {
  const [name, url] = pair.split('=');
  return { name, url };
});
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs, pollIntervalInMs: 60_000 }) }) });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4100), host: '0.0.0.0' } });
console.log(`gateway ready at ${url} for ${subgraphs.map((s) => s.name).join(', ')}`);
