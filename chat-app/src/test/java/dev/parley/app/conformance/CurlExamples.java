package dev.parley.app.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: a seed document's cURL examples, kept verbatim in a test resource, run with the real
 * {@code curl} binary. A line {@code #: <name>} in the resource names the command that follows it, which
 * runs up to the next blank line. Only what the document leaves to its reader is replaced: the base URL,
 * the token placeholders and the ids it hard-codes. The status and headers come from a {@code .curlrc}
 * of the run's own ({@code dump-header}), so the command line itself stays as written.
 */
final class CurlExamples {

    private static final String DOCUMENT_BASE = "http://localhost:7001";

    private final Map<String, String> commands;
    private final Path workDir;
    private final AtomicInteger runs = new AtomicInteger();

    private CurlExamples(Map<String, String> commands, Path workDir) {
        this.commands = commands;
        this.workDir = workDir;
    }

    /** The examples of the class-path {@code resource}, run from {@code workDir} (where {@code -F "file=@..."} looks). */
    static CurlExamples load(String resource, Path workDir) {
        try (InputStream in = CurlExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return new CurlExamples(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> commands = new LinkedHashMap<>();
        String name = null;
        List<String> lines = new ArrayList<>();
        for (String line : (text + "\n").split("\n", -1)) {
            if (line.startsWith("#: ")) {
                name = line.substring(3).strip();
            } else if (name != null && line.isBlank()) {
                commands.put(name, String.join("\n", lines));
                name = null;
                lines.clear();
            } else if (name != null) {
                lines.add(line);
            }
        }
        return commands;
    }

    /** The command named {@code name}, exactly as the document writes it. */
    String command(String name) {
        String command = commands.get(name);
        if (command == null) {
            throw new IllegalArgumentException("no example " + name + " among " + commands.keySet());
        }
        return command;
    }

    /** Every example's name, in the document's order. */
    List<String> names() {
        return List.copyOf(commands.keySet());
    }

    /** Runs example {@code name} against {@code base} with {@code token}, replacing each of {@code ids}' keys by its value. */
    Result run(String name, String base, String token, Map<String, String> ids) {
        String command = command(name).replace(DOCUMENT_BASE, base.replaceAll("/$", ""))
                .replace("YOUR_ACCESS_TOKEN", token).replace("YOUR_TOKEN", token);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (!command.contains(id.getKey())) {
                throw new IllegalArgumentException("example " + name + " has no " + id.getKey());
            }
            command = command.replace(id.getKey(), id.getValue());
        }
        return curl(command);
    }

    private Result curl(String command) {
        try {
            Path run = Files.createDirectories(workDir.resolveSibling("curl-run-" + runs.incrementAndGet()));
            Path headers = run.resolve("headers");
            Files.writeString(run.resolve(".curlrc"), "silent\nshow-error\nmax-time = 30\ndump-header = \""
                    + headers + "\"\n");
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(workDir.toFile())
                    .redirectError(run.resolve("stderr").toFile());
            builder.environment().put("CURL_HOME", run.toString());
            Process process = builder.start();
            byte[] body = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("curl did not finish: " + command);
            }
            if (process.exitValue() != 0 || !Files.exists(headers)) {
                throw new AssertionError("curl failed (exit " + process.exitValue() + "): "
                        + Files.readString(run.resolve("stderr")) + "\n" + command);
            }
            return Result.of(Files.readString(headers, StandardCharsets.ISO_8859_1),
                    new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What curl received: the status, the headers (names in lower case) and the body. */
    record Result(int status, Map<String, String> headers, String body) {

        static Result of(String dumpedHeaders, String body) {
            // Only the last response counts, should curl have seen an interim one (100 Continue).
            String[] blocks = dumpedHeaders.strip().split("\r\n\r\n");
            String[] lines = blocks[blocks.length - 1].split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            return new Result(status, headers, body);
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }
}
