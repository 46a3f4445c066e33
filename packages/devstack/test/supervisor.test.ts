import { freePorts } from '@careplan/testing';
import type { ProcessSpec } from '../src/processes';
import { Supervisor } from '../src/supervisor';

/**
 * A child that answers /ready on its port once `delayMs` has passed; given `needs`, it first asks that URL
 * and exits 3 if it is not ready yet (as the worker's first sweep failed while the gateway was starting).
 */
function child(port: number, delayMs: number, needs?: string): string[] {
  const script = `
    const http = require('node:http');
    const serve = () => setTimeout(() => http.createServer((_, res) => res.end('ok')).listen(${port}, '127.0.0.1'), ${delayMs});
    const needs = ${JSON.stringify(needs ?? null)};
    if (!needs) serve();
    else fetch(needs).then((r) => (r.ok ? serve() : process.exit(3)), () => process.exit(3));
    process.on('SIGTERM', () => process.exit(0));`;
  return ['-e', script];
}

async function twoProcesses(after: ProcessSpec['after']): Promise<ProcessSpec[]> {
  const [first, second] = await freePorts(2);
  return [
    { name: 'gateway', args: child(first, 1_500), readyUrls: [`http://127.0.0.1:${first}/ready`], after: [] },
    { name: 'worker', args: child(second, 0, `http://127.0.0.1:${first}/ready`), readyUrls: [`http://127.0.0.1:${second}/ready`], after },
  ];
}

describe('npm start supervisor', () => {
  it('starts a process only once those it comes after answer ready', async () => {
    const supervisor = new Supervisor(process.env);
    await expect(supervisor.startAll(await twoProcesses(['gateway']), 10_000)).resolves.toBeUndefined();
    await supervisor.stop(0);
    await expect(supervisor.done).resolves.toBe(0);
  });

  it('without `after` the same second process starts too early, dies, and the whole stack stops', async () => {
    const supervisor = new Supervisor(process.env);
    await expect(supervisor.startAll(await twoProcesses([]), 10_000)).rejects.toThrow('the stack is stopping');
    await expect(supervisor.done).resolves.toBe(1);
  });

  it('refuses an order in which a process comes after one started later', async () => {
    const [gateway, worker] = await twoProcesses(['gateway']);
    await expect(new Supervisor(process.env).startAll([worker, gateway])).rejects.toThrow('worker is to start after gateway, which comes later or not at all');
  });
});
