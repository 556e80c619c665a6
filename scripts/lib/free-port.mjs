// A port nothing on this machine listens on, for a server this process is about to start:
// two builds, or a build and a test run, on one machine never meet on a fixed port.
import net from 'node:net';

/** Asks the system for a free port on 127.0.0.1, and gives it back for the caller to use. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
