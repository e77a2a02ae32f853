/**
 * A TCP relay in front of a real server that delays every chunk, both ways, by `delayMs`: the
 * server as a client sees it over a slow network (every round trip `2 × delayMs` longer, so
 * every transaction holds its pooled connection that much longer). Nothing is faked: the
 * bytes are Neo4j's own, only later. Order is kept (equal delays fire in order).
 */
import net from 'node:net';

export interface SlowNetwork {
  /** bolt://127.0.0.1:<port> of the relay. */
  uri: string;
  /** The local ports of the relay's connections to the server: how the server sees this client. */
  upstreamPorts(): number[];
  close(): Promise<void>;
}

export async function slowNetwork(targetUri: string, delayMs: number): Promise<SlowNetwork> {
  const target = new URL(targetUri.replace(/^bolt/, 'http'));
  const sockets = new Set<net.Socket>();
  const upstreams = new Set<net.Socket>();
  const relay = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk) => {
      setTimeout(() => {
        if (!to.destroyed) to.write(chunk);
      }, delayMs);
    });
    from.on('close', () => setTimeout(() => to.destroy(), delayMs));
    from.on('error', () => to.destroy());
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    relay(client, upstream);
    relay(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    upstreamPorts: () => [...upstreams].map((socket) => socket.localPort).filter((p): p is number => p !== undefined),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
