package com.laca.adapter.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.safety.port.out.RuleSetInvalidException;
import com.laca.domain.safety.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The rule file loader refuses a broken file loudly, saying where")
class JsonRuleSetSourceTest {

    private static String bundledText() throws IOException {
        try (InputStream in = JsonRuleSetSourceTest.class.getClassLoader()
                .getResourceAsStream(JsonRuleSetSource.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonRuleSetSource load(String text) {
        return JsonRuleSetSource.from(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    @DisplayName("The bundled file loads as rule set 2026.1 with questionnaire 2026.1")
    void bundled() {
        RuleSet ruleSet = JsonRuleSetSource.bundled().current();
        assertThat(ruleSet.version()).isEqualTo("2026.1");
        assertThat(ruleSet.questionnaire().version()).isEqualTo("2026.1");
        assertThat(ruleSet.rules()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    @DisplayName("A file from disk loads the same way")
    void fromFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, bundledText());
        assertThat(JsonRuleSetSource.fromFile(file).current().version()).isEqualTo("2026.1");
        assertThatThrownBy(() -> JsonRuleSetSource.fromFile(dir.resolve("missing.json")))
                .isInstanceOf(RuleSetInvalidException.class).hasMessageContaining("missing.json");
    }

    @Test
    @DisplayName("Malformed JSON names the line and column")
    void malformed() {
        assertThatThrownBy(() -> load("{\n  \"version\": \"x\",\n  oops\n}"))
                .isInstanceOf(RuleSetInvalidException.class).hasMessageContaining("line 3");
    }

    @Test
    @DisplayName("A rule reading a question that does not exist is refused, naming both")
    void typoInQuestion() throws IOException {
        String text = bundledText().replace("\"yes\": \"myasthenia_gravis\"", "\"yes\": \"myasthenia_graves\"");
        assertThatThrownBy(() -> load(text)).isInstanceOf(RuleSetInvalidException.class)
                .hasMessageContaining("myasthenia-gravis").hasMessageContaining("myasthenia_graves");
    }

    @Test
    @DisplayName("An unknown category or outcome is refused, naming the rule")
    void unknownValues() throws IOException {
        String category = bundledText().replaceFirst("\\[\\s*\"ANTI_WRINKLE\"", "[\"BOTOX\"");
        assertThatThrownBy(() -> load(category)).isInstanceOf(RuleSetInvalidException.class)
                .hasMessageContaining("BOTOX");
        String outcome = bundledText().replaceFirst("\"outcome\": \"BLOCK\"", "\"outcome\": \"MAYBE\"");
        assertThatThrownBy(() -> load(outcome)).isInstanceOf(RuleSetInvalidException.class)
                .hasMessageContaining("pregnancy-or-breastfeeding").hasMessageContaining("MAYBE");
    }

    @Test
    @DisplayName("A missing field is refused, naming the rule and the field")
    void missingField() throws IOException {
        String text = bundledText().replaceFirst("\"clinicalNote\": \"Safety in pregnancy", "\"note\": \"Safety in pregnancy");
        assertThatThrownBy(() -> load(text)).isInstanceOf(RuleSetInvalidException.class)
                .hasMessageContaining("clinicalNote");
    }
}
