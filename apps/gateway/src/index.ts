export { startGateway, type GatewayOptions, type RunningGateway } from './gateway';
export { measure, queryLimitsPlugin, DEFAULT_LIMITS, type QueryLimits } from './limits';
export { readSupergraph, SUPERGRAPH_FILE } from './supergraph';
export { subgraphUrlsFromEnv, defaultSubgraphUrl } from './subgraphs';
