package com.laca.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.DescriptionDraft;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Choosing the description writer from configuration")
class ContentWriterConfigTest {

    private static Optional<ContentWriterConfig> read(Map<String, String> settings) {
        return ContentWriterConfig.from(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    @DisplayName("no base URL: the deterministic template writes the drafts")
    void templateWhenNothingConfigured() {
        assertThat(read(Map.of())).isEmpty();
        assertThat(read(Map.of(ContentWriterConfig.BASE_URL, "  "))).isEmpty();
        assertThat(ContentWriterConfig.writer(Optional.empty()).source()).isEqualTo(DescriptionDraft.Source.TEMPLATE);
    }

    @Test
    @DisplayName("a base URL and a model: the chat-completions writer, with the key hidden from toString")
    void modelWhenConfigured() {
        Optional<ContentWriterConfig> settings = read(Map.of(ContentWriterConfig.BASE_URL, "http://127.0.0.1:11434/v1",
                ContentWriterConfig.MODEL, "llama3", ContentWriterConfig.API_KEY, "sk-secret",
                ContentWriterConfig.TIMEOUT_MS, "1500"));

        assertThat(settings).contains(new ContentWriterConfig(URI.create("http://127.0.0.1:11434/v1"), "llama3",
                Optional.of("sk-secret"), Duration.ofMillis(1500)));
        assertThat(settings.orElseThrow().toString()).doesNotContain("sk-secret");
        assertThat(ContentWriterConfig.writer(settings).source()).isEqualTo(DescriptionDraft.Source.MODEL);
        assertThat(read(Map.of(ContentWriterConfig.BASE_URL, "https://api.example/v1", ContentWriterConfig.MODEL, "m"))
                .orElseThrow().timeout()).isEqualTo(ContentWriterConfig.DEFAULT_TIMEOUT);
    }

    @Test
    @DisplayName("a base URL without a model, a bad URL or a bad time-out fails the start, naming the key")
    void incompleteSettingsRefused() {
        assertThatThrownBy(() -> read(Map.of(ContentWriterConfig.BASE_URL, "http://127.0.0.1/v1")))
                .hasMessageContaining(ContentWriterConfig.MODEL);
        assertThatThrownBy(() -> read(Map.of(ContentWriterConfig.BASE_URL, "ftp://host/v1",
                ContentWriterConfig.MODEL, "m"))).hasMessageContaining(ContentWriterConfig.BASE_URL);
        assertThatThrownBy(() -> read(Map.of(ContentWriterConfig.BASE_URL, "http://127.0.0.1/v1",
                ContentWriterConfig.MODEL, "m", ContentWriterConfig.TIMEOUT_MS, "soon")))
                .hasMessageContaining(ContentWriterConfig.TIMEOUT_MS);
    }
}
