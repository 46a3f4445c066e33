import { createServer } from 'node:net';
import { freePorts } from '../src/http';

describe('freePorts', () => {
  it('gives as many different loopback ports as asked, each free to listen on when it returns', async () => {
    const ports = await freePorts(20);
    expect(new Set(ports).size).toBe(20);
    const servers = await Promise.all(ports.map((port) => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(server));
    })));
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });
});
