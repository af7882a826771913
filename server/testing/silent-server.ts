import net from 'node:net';

/**
 * An upstream that fails at the connection: it never answers (`hang`) or drops every connection
 * at once (`hang-up`). Unlike a closed port, nobody else can start listening on it mid-test.
 */
export async function startSilentServer(mode: 'hang' | 'hang-up' = 'hang') {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    if (mode === 'hang-up') return socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
