import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook } from '../src/notifications/transports';

let server: Server;
let received = 0;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    received++;
    req.resume();
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const message = (url: string) => ({ url, body: '{}', headers: [] });

async function inProduction<T>(run: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await run();
  } finally {
    process.env.NODE_ENV = before;
  }
}

describe('R18 a webhook never reaches inside the council’s network (SSRF), checked when it is sent', () => {
  it('R18 in production a name that resolves to a private address, or a private address written as a number, is refused before connecting', async () => {
    await expect(inProduction(() => postWebhook(message(`https://localhost:${port}/hook`)))).rejects.toMatchObject({ code: 'EPRIVATE' });
    await expect(inProduction(() => postWebhook(message(`https://127.0.0.1:${port}/hook`)))).rejects.toMatchObject({ code: 'EPRIVATE' });
    await expect(inProduction(() => postWebhook(message(`https://[::1]:${port}/hook`)))).rejects.toMatchObject({ code: 'EPRIVATE' });
    expect(received).toBe(0);
  });

  it('R18 outside production a local receiver is reached, as development and the tests need', async () => {
    await postWebhook(message(`http://localhost:${port}/hook`));
    expect(received).toBe(1);
  });
});
