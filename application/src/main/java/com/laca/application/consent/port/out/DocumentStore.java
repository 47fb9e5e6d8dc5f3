package com.laca.application.consent.port.out;

import java.util.Optional;

/**
 * Keeps documents as exact bytes, write-once, so a signed consent's archived file is the one whose hash was recorded;
 * a port so a file system, an object store or a database can hold them.
 */
public interface DocumentStore {

    /**
     * Stores new content under the key.
     *
     * @throws DocumentExistsException if the key already holds a document (archives are never overwritten)
     * @throws DocumentStoreException  if the store cannot write it
     */
    void put(DocumentKey key, byte[] content);

    /**
     * The stored bytes, if any.
     *
     * @throws DocumentStoreException if the store cannot read it
     */
    Optional<byte[]> get(DocumentKey key);

    /**
     * Removes the document, for the retention job once its record is purged; removing one that is not there is no
     * error, so a purge retried after a crash finishes where it stopped.
     *
     * @throws DocumentStoreException if the store cannot remove it
     */
    void delete(DocumentKey key);
}
