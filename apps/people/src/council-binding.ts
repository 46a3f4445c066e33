import type { IssuerConfig } from '@careplan/identity';

export interface IssuerBinding {
  /** The council's identity provider, as its tokens' `iss`. */
  issuer?: string;
  jwksUrl?: string;
}

/**
 * What the operator sets after onboarding a council, from what is set now: the council's issuer may vouch
 * for it (added to an issuer already listed, or a new entry), the worker's service issuer may vouch for
 * it too, and the worker's sweep covers it. Processes read these at start, so they are restarted with them.
 */
export function councilEnvironment(env: NodeJS.ProcessEnv, code: string, binding: IssuerBinding): { AUTH_ISSUERS: string; SERVICE_AUTHORITIES: string } {
  const issuers: IssuerConfig[] = env.AUTH_ISSUERS ? (JSON.parse(env.AUTH_ISSUERS) as IssuerConfig[]) : [];
  const vouchFor = (issuer: string) => {
    const entry = issuers.find((i) => i.issuer === issuer);
    if (entry) entry.authorities = [...new Set([...entry.authorities, code])];
    return entry !== undefined;
  };
  if (binding.issuer && !vouchFor(binding.issuer)) {
    if (!binding.jwksUrl) throw new Error(`issuer ${binding.issuer} is not in AUTH_ISSUERS: give its JWKS URL too`);
    issuers.push({ issuer: binding.issuer, authorities: [code], jwksUrl: binding.jwksUrl });
  }
  if (env.SERVICE_ISSUER) vouchFor(env.SERVICE_ISSUER);
  const swept = (env.SERVICE_AUTHORITIES ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  return { AUTH_ISSUERS: JSON.stringify(issuers), SERVICE_AUTHORITIES: [...new Set([...swept, code])].join(',') };
}
