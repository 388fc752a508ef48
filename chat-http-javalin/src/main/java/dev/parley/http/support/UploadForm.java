package dev.parley.http.support;

import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP support: a parsed {@code multipart/form-data} body, read by {@link Uploads#read}. Its files' bytes
 * are the parser's until the request ends; read them before answering.
 */
public final class UploadForm {

    /** One uploaded file: the name the client gave it (for display only) and its bytes. */
    public record FilePart(String filename, InputStream content) {
    }

    private final Map<String, List<UploadedFile>> files;
    private final Map<String, List<String>> fields;

    UploadForm(Map<String, List<UploadedFile>> files, Map<String, List<String>> fields) {
        this.files = Map.copyOf(files);
        this.fields = Map.copyOf(fields);
    }

    /**
     * The first file in the field {@code name}.
     *
     * @throws HttpProblem 422 in FastAPI's shape when there is none, or the field is plain text
     */
    public FilePart requiredFile(String name) {
        List<UploadedFile> named = files.getOrDefault(name, List.of());
        if (named.isEmpty()) {
            if (!field(name).isEmpty()) {
                throw HttpProblem.invalid(new FieldError(List.of("body", name),
                        "Expected UploadFile, received: <class 'str'>", "value_error"));
            }
            throw HttpProblem.invalid(FieldError.missing(List.of("body", name)));
        }
        UploadedFile file = named.getFirst();
        return new FilePart(file.filename(), file.content());
    }

    /** The first value of the text field {@code name}, stripped; empty when absent or blank. */
    public Optional<String> field(String name) {
        return fields.getOrDefault(name, List.of()).stream().findFirst().map(String::strip).filter(s -> !s.isEmpty());
    }
}
