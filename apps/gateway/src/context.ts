import type { Identity } from '@careplan/identity';

export interface GatewayContext {
  requestId: string;
  identity: Identity;
  token: string;
  /** The request whose answer waits for this one, when a subgraph asked the graph while answering it. */
  answering?: string;
}
