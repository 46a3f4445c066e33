import type { Identity } from '@careplan/identity';

export interface GatewayContext {
  requestId: string;
  identity: Identity;
  token: string;
}
