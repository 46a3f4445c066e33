import type { AuthChecker } from 'type-graphql';
import { Forbidden, type Role } from '@careplan/domain';
import type { SubgraphContext } from './context';

/** `@Authorized(...roles)`: throws FORBIDDEN (not type-graphql's own error) so clients get the documented code. */
export const authChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  if (roles.length === 0 || roles.some((r) => context.identity.roles.includes(r))) return true;
  throw new Forbidden(`this needs one of the roles ${roles.join(', ')}`);
};
