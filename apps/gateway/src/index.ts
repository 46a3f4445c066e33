export { startGateway, type GatewayOptions, type RunningGateway } from './gateway';
export { readSupergraph, SUPERGRAPH_FILE } from './supergraph';
export { subgraphUrlsFromEnv, defaultSubgraphUrl } from './subgraphs';
