export * from './identity';
export * from './dev-keys';
export * from './issuers';
export * from './verifier';
export * from './signer';
export * from './repo-root';
