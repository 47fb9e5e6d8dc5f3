package com.laca.adapter.documents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.documents.pdf.ConsentForms;
import com.laca.adapter.documents.pdf.ItextConsentRenderer;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.consent.port.out.DocumentStoreContract;
import com.laca.application.consent.port.out.DocumentStoreException;
import com.laca.application.consent.port.out.RenderedDocument;
import com.laca.domain.consent.DocumentDigest;
import com.laca.domain.shared.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The file-system document store keeps the contract, stays inside its root and shows tampering")
class FileSystemDocumentStoreTest extends DocumentStoreContract {

    @TempDir
    Path root;
    private FileSystemDocumentStore store;

    @BeforeEach
    void open() {
        store = new FileSystemDocumentStore(root.resolve("documents"));
    }

    @Override
    protected DocumentStore store() {
        return store;
    }

    @Test
    @DisplayName("A stored consent PDF with one byte changed on disk verifies as altered; untouched, as intact")
    void oneByteChanged() throws IOException {
        RenderedDocument rendered = new ItextConsentRenderer().render(
                ConsentForms.signedForm("Emma Jones", ConsentForms.png(400, 120)));
        TenantId tenant = TenantId.random();
        DocumentKey key = new DocumentKey(tenant, "consents/c1.pdf");
        store.put(key, rendered.content());
        assertThat(rendered.digest().verify(store.get(key).orElseThrow())).isEqualTo(DocumentDigest.Integrity.INTACT);

        Path file = root.resolve("documents").resolve(tenant.toString()).resolve("consents/c1.pdf");
        byte[] onDisk = Files.readAllBytes(file);
        onDisk[onDisk.length / 2] ^= 0x01;
        Files.write(file, onDisk);
        assertThat(rendered.digest().verify(store.get(key).orElseThrow())).isEqualTo(DocumentDigest.Integrity.ALTERED);
    }

    @Test
    @DisplayName("Files are readable by their owner only, and no temporary file is left behind")
    void ownerOnly() throws IOException {
        TenantId tenant = TenantId.random();
        store.put(new DocumentKey(tenant, "consents/c2.pdf"), new byte[] {1, 2, 3});
        Path dir = root.resolve("documents").resolve(tenant.toString()).resolve("consents");
        assertThat(Files.getPosixFilePermissions(dir.resolve("c2.pdf")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("c2.pdf");
        }
    }

    @Test
    @DisplayName("A link planted inside the root that points outside it is never followed")
    void plantedLink() throws IOException {
        TenantId tenant = TenantId.random();
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.pdf"), "not yours");
        Path tenantDir = Files.createDirectories(root.resolve("documents").resolve(tenant.toString()));
        Files.createSymbolicLink(tenantDir.resolve("consents"), outside);
        DocumentKey key = new DocumentKey(tenant, "consents/secret.pdf");
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(DocumentStoreException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> store.put(new DocumentKey(tenant, "consents/new.pdf"), new byte[] {1}))
                .isInstanceOf(DocumentStoreException.class);
        assertThat(outside.resolve("new.pdf")).doesNotExist();
        assertThatThrownBy(() -> store.put(new DocumentKey(tenant, "consents/deeper/new.pdf"), new byte[] {1}))
                .isInstanceOf(DocumentStoreException.class);
        assertThat(outside.resolve("deeper")).doesNotExist();
    }
}
