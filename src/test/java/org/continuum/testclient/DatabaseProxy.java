package org.continuum.testclient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the server under test and MariaDB, which a test can cut and restore: cut, it
 * drops every open connection and refuses new ones, as a database that stopped would; restored, it
 * relays again. Runs in the test process for the whole MariaDB run (see {@link
 * DatabaseProxySession}), on loopback only.
 */
public final class DatabaseProxy {

  private static volatile DatabaseProxy running;

  private final int port;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listening;

  private DatabaseProxy(int port, InetSocketAddress target) {
    this.port = port;
    this.target = target;
  }

  /** The relay of this run, or null on the embedded database. */
  public static DatabaseProxy running() {
    return running;
  }

  /** Starts the relay described as "3307->127.0.0.1:3306". */
  static synchronized void start(String spec) throws IOException {
    if (running != null) {
      return;
    }
    String[] parts = spec.split("->");
    String[] to = parts[1].split(":");
    DatabaseProxy proxy =
        new DatabaseProxy(
            Integer.parseInt(parts[0].strip()),
            new InetSocketAddress(to[0].strip(), Integer.parseInt(to[1].strip())));
    proxy.restore();
    running = proxy;
  }

  /** Drops every relayed connection and stops listening: the database is gone. */
  public synchronized void cut() throws IOException {
    ServerSocket socket = listening;
    listening = null;
    if (socket != null) {
      socket.close();
    }
    for (Socket s : open) {
      close(s);
    }
    open.clear();
  }

  /** Listens and relays again: the database is back. */
  public synchronized void restore() throws IOException {
    if (listening != null) {
      return;
    }
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    listening = socket;
    Thread acceptor = new Thread(() -> accept(socket), "db-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket();
        server.connect(target, 5000);
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // closed by cut(), or the database itself refused: the client sees its socket close
      }
    }
  }

  private void pump(Socket from, Socket to) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "db-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void close(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
