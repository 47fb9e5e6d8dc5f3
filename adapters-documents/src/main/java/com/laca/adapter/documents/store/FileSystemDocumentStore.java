package com.laca.adapter.documents.store;

import com.laca.application.consent.port.out.DocumentExistsException;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.consent.port.out.DocumentStoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;

/**
 * Documents as files under {@code <root>/<tenant>/<name>}, written once and atomically (a temporary file linked into
 * place, so a crash never leaves half a document and an existing one is never replaced), readable by the owner only,
 * and never outside the root even if a link inside it points elsewhere.
 */
public final class FileSystemDocumentStore implements DocumentStore {

    /** The root used when none is configured. */
    public static final Path DEFAULT_ROOT = Path.of("data", "documents");

    private final Path root;

    public FileSystemDocumentStore(Path root) {
        try {
            Files.createDirectories(Objects.requireNonNull(root, "root"));
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new DocumentStoreException("cannot use " + root + " as the document root", e);
        }
    }

    @Override
    public void put(DocumentKey key, byte[] content) {
        Path target = locate(key);
        Path temporary = null;
        try {
            createParentsInsideRoot(target.getParent(), key);
            temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            restrictToOwner(temporary);
            Files.write(temporary, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            link(temporary, target);
        } catch (FileAlreadyExistsException e) {
            throw new DocumentExistsException(key);
        } catch (IOException e) {
            throw new DocumentStoreException("cannot store document " + key, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Optional<byte[]> get(DocumentKey key) {
        Path target = locate(key);
        try {
            if (!Files.exists(target)) {
                return Optional.empty();
            }
            requireInsideRoot(target.toRealPath(), key);
            return Optional.of(Files.readAllBytes(target));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new DocumentStoreException("cannot read document " + key, e);
        }
    }

    @Override
    public void delete(DocumentKey key) {
        Path target = locate(key);
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                requireInsideRoot(target.getParent().toRealPath(), key);
                Files.deleteIfExists(target);
            }
        } catch (IOException e) {
            throw new DocumentStoreException("cannot delete document " + key, e);
        }
    }

    /** The file for a key; the key's shape already excludes "..", absolute names and empty segments. */
    private Path locate(DocumentKey key) {
        Path target = root.resolve(key.tenant().toString()).resolve(key.name()).normalize();
        requireInsideRoot(target, key);
        return target;
    }

    /**
     * Creates the missing folders one at a time, checking each existing one's real path first, so a link planted
     * inside the root can never make us create anything outside it.
     */
    private void createParentsInsideRoot(Path parent, DocumentKey key) throws IOException {
        Path current = root;
        for (Path segment : root.relativize(parent)) {
            current = current.resolve(segment);
            if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                requireInsideRoot(current.toRealPath(), key);
            } else {
                Files.createDirectory(current);
            }
        }
    }

    private void requireInsideRoot(Path path, DocumentKey key) {
        if (!path.startsWith(root)) {
            throw new DocumentStoreException("document " + key + " would lie outside the document root", null);
        }
    }

    /** A hard link fails if the target exists, so the rename is atomic and never overwrites. */
    private static void link(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            Files.move(temporary, target);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless: it is never read as a document
            }
        }
    }
}
