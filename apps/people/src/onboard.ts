import { createLogger } from '@careplan/runtime';
import { serviceEnv } from '@careplan/subgraph-kit';
import { DEMO_AUTHORITIES, onboardAuthorities } from './onboarding';

// `node dist/onboard.js`: registers the demo councils as the schema owner, after the migrations. Only
// this app writes its schema, so `careplan-dev migrate` runs this by path rather than importing the app.
const logger = createLogger('people-onboard');

onboardAuthorities(serviceEnv('people').ownerUrl, DEMO_AUTHORITIES)
  .then(() => logger.info({ authorities: DEMO_AUTHORITIES.map((a) => a.code) }, 'councils onboarded'))
  .catch((err: unknown) => {
    logger.fatal({ err }, 'onboarding failed');
    process.exit(1);
  });
