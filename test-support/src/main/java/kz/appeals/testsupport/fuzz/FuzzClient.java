package kz.appeals.testsupport.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Sends fuzzed requests to a running service: through one keep-alive JDK HttpClient (HTTP/1.1) when the request is
 * something a client library would send, else as bytes on a plain socket.
 */
public final class FuzzClient {

    /** What came back; status 0 when the server closed the connection without answering. */
    public record Response(int status, String contentType, String body) {
    }

    private final String host;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    public FuzzClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public Response send(FuzzRequest request) throws IOException, InterruptedException {
        if (!request.raw()) {
            HttpRequest built = build(request);
            if (built != null) {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null), response.body());
            }
        }
        return raw(request);
    }

    /** The request as the JDK client takes it, or null when the client refuses it (then it goes raw). */
    private HttpRequest build(FuzzRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port
                    + request.target())).timeout(Duration.ofSeconds(30));
            for (String[] h : request.headers()) {
                builder.header(h[0], h[1]);
            }
            HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
            return builder.method(request.method(), body).build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Response raw(FuzzRequest request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
                    .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                    .append("\r\nConnection: close\r\n");
            boolean length = false;
            for (String[] h : request.headers()) {
                head.append(h[0]).append(": ").append(h[1]).append("\r\n");
                length |= h[0].equalsIgnoreCase("Content-Length");
            }
            if (!length && body.length > 0) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may refuse and close before reading it all; its answer is still read below
            }
            byte[] bytes;
            try (InputStream in = socket.getInputStream()) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                try {
                    while ((n = in.read(buffer)) > 0) {
                        all.write(buffer, 0, n);
                    }
                } catch (IOException reset) {
                    // a reset after the answer: keep what was read
                }
                bytes = all.toByteArray();
            }
            return parse(bytes);
        }
    }

    static Response parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Response(0, null, "");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = null;
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].toLowerCase(Locale.ROOT);
            if (line.startsWith("content-type:")) {
                contentType = lines[i].substring("content-type:".length()).trim();
            } else if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        String body = new String(chunked ? unchunk(rest) : rest, StandardCharsets.UTF_8);
        return new Response(status, contentType, body);
    }

    private static byte[] unchunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int lineEnd = i;
            while (lineEnd + 1 < data.length && !(data[lineEnd] == '\r' && data[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(data, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n;
            try {
                n = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (n == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(data, start, Math.min(n, data.length - start));
            i = start + n + 2;
        }
        return out.toByteArray();
    }
}
