import { createHttpApp, listen, startDraining, type Listening } from '../src';

let running: Listening;
beforeAll(async () => {
  running = await listen(createHttpApp({ ready: async () => ({ degraded: ['plans'] }) }), 0);
});
afterAll(() => running?.close());

describe('health and readiness of a process', () => {
  it('is ready with what it reports, then draining once it begins to stop, while still alive', async () => {
    const ready = await fetch(`${running.url}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', degraded: ['plans'] }]);
    startDraining();
    const draining = await fetch(`${running.url}/ready`);
    expect([draining.status, await draining.json()]).toEqual([503, { status: 'draining' }]);
    expect((await fetch(`${running.url}/health`)).status).toBe(200);
  });
});
