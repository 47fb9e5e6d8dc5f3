package com.laca.application.records.port.in;

import java.util.Optional;

/**
 * A stored file named by an export but read only when the archive is written, after the export's transaction, so no
 * database connection is held while photos of up to tens of megabytes are read and streamed one at a time.
 */
@FunctionalInterface
public interface StoredFile {

    /**
     * The file's bytes; empty if the stored file is missing, which the archive then says.
     *
     * @throws com.laca.application.consent.port.out.DocumentStoreException if the store cannot read it
     */
    Optional<byte[]> read();
}
