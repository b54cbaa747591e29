package io.github.ecamaven.eca.credentials;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A loopback HTTP server answering queued (status, body) pairs in order and recording the requests. */
final class CannedHttp implements AutoCloseable {

    record Request(String method, String uri, String authorization, String contentType, String body) {
    }

    final List<Request> requests = new ArrayList<>();
    private final Deque<Object[]> answers = new ArrayDeque<>();
    private final HttpServer server;

    CannedHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (this) {
                requests.add(new Request(x.getRequestMethod(), x.getRequestURI().toString(),
                        x.getRequestHeaders().getFirst("Authorization"), x.getRequestHeaders().getFirst("Content-Type"),
                        body));
            }
            Object[] a;
            synchronized (this) {
                a = answers.isEmpty() ? new Object[] {500, "{\"error\":{\"code\":\"server_error\"}}"} : answers.poll();
            }
            byte[] out = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders((Integer) a[0], out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                x.getResponseBody().write(out);
            }
            x.close();
        });
        server.start();
    }

    synchronized CannedHttp then(int status, String body) {
        answers.add(new Object[] {status, body});
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
