package dev.roundup.frontend;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A static file server for frontend/, on 127.0.0.1: another origin than the service, as any static host would be.
 * GET and HEAD of files only; the port is ROUNDUP_TEST_SITE_PORT, else any free one.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

    private final HttpServer server;
    private final Path root;

    private SiteServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    static SiteServer serve(Path root) {
        int port = Integer.parseInt(System.getenv().getOrDefault("ROUNDUP_TEST_SITE_PORT", "0"));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            SiteServer site = new SiteServer(server, root.toAbsolutePath().normalize());
            server.createContext("/", site::answer);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's origin, e.g. http://127.0.0.1:40123. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
            if (method.equals("GET")) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
