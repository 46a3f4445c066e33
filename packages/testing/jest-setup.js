// Runs before every test file.
require('reflect-metadata');
// A care system must not phone home (stack.md, "Apollo Gateway telemetry").
process.env.APOLLO_TELEMETRY_DISABLED = '1';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
