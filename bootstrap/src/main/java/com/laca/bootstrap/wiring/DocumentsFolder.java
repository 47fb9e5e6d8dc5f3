package com.laca.bootstrap.wiring;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where archived documents (consent PDFs, clinical photos) are kept: {@code laca.documents.root} when set, otherwise
 * {@code <laca.data.dir>/documents}, read in one place so every area stores on the same (e.g. encrypted) volume.
 */
final class DocumentsFolder {

    private DocumentsFolder() {
    }

    static Path of(String dataDir, Optional<String> documentsRoot) {
        return documentsRoot.filter(text -> !text.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(dataDir, "documents"));
    }
}
