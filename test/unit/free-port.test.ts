import assert from 'node:assert/strict';
import net from 'node:net';
import { describe, it } from 'node:test';
// @ts-expect-error: a script module without types, run by Node as it is.
import { freePort } from '../../scripts/lib/free-port.mjs';

/*
 * The build's and the tests' servers listen on ports the system says are free: two
 * builds on one machine used to meet on the snippet build's fixed 8790 (EADDRINUSE).
 */

const listen = (port: number) =>
  new Promise<net.Server>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('free ports for the scripts’ servers', () => {
  it('gives a port that can be listened on, and never one already taken', async () => {
    const taken = await listen(0);
    const takenPort = (taken.address() as net.AddressInfo).port;
    try {
      const ports: number[] = [];
      for (let i = 0; i < 20; i++) ports.push((await freePort()) as number);
      assert.ok(!ports.includes(takenPort), 'a port in use was offered');
      const servers = await Promise.all([listen(ports[0]), listen(ports.find((port) => port !== ports[0])!)]);
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
