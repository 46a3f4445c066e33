// BENCH_HIVE=1: the committed supergraph served by @graphql-hive/gateway's runtime beside @apollo/gateway, to
// measure what the gateway's engine costs (issue 15). The engine alone: it forwards the caller's token and
// request id to the subgraphs, which check the token themselves, and has none of the gateway's own work
// (checking the token first, the cost limit, metrics, the node subgraph). Not a dependency of the product:
// installed for the run with the command below, so npm ci stays free of it.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPH_NAMES, type SubgraphName } from '@careplan/runtime';
import { readSupergraph } from '../../src/supergraph';

const HIVE_INSTALL = 'npm install --no-save @graphql-hive/gateway-runtime@2.12.1 @graphql-mesh/transport-http@1.2.1';

interface HiveRuntime {
  createGatewayRuntime(config: {
    supergraph: string;
    transportEntries: Record<string, { location: string }>;
    propagateHeaders: { fromClientToSubgraphs(payload: { request: { headers: { get(name: string): string | null } } }): Record<string, string | null> };
    logging: string;
  }): RequestListener;
}

function hiveRuntime(): HiveRuntime {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@graphql-hive/gateway-runtime') as HiveRuntime;
  } catch {
    throw new Error(`BENCH_HIVE needs @graphql-hive/gateway-runtime, not installed with the product: run \`${HIVE_INSTALL}\``);
  }
}

/**
 * An HTTP server answering `/graphql` (and `/healthcheck`) through Hive's runtime, calling the subgraphs at
 * these URLs, on a loopback port (a free one unless given); resolves with its URL.
 */
export async function listenHiveGateway(subgraphUrls: Record<SubgraphName, string>, port = 0): Promise<{ url: string; server: Server }> {
  const handler = hiveRuntime().createGatewayRuntime({
    supergraph: readSupergraph(),
    transportEntries: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { location: subgraphUrls[name] }])),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization'), 'x-request-id': request.headers.get('x-request-id') }),
    },
    logging: 'error',
  });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

// Run as the bench's process: PORT, and each subgraph's <NAME>_URL, as npm start gives the gateway.
if (require.main === module) {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, process.env[`${name.toUpperCase()}_URL`]!])) as Record<SubgraphName, string>;
  void listenHiveGateway(urls, Number(process.env.PORT));
}
