package com.laca.adapter.notifications.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * A Mustache factory fit for templates written by tenants: values are looked up in maps only (never by calling a
 * method or reading a field, so {@code {{name.class}}} reaches nothing), partials are never resolved (so
 * {@code {{> /etc/passwd}}} reads nothing), and HTML escaping is on for HTML templates and off for text ones.
 */
final class SafeMustacheFactory extends DefaultMustacheFactory {

    private final boolean escapeHtml;

    private SafeMustacheFactory(boolean escapeHtml) {
        super(name -> null);
        this.escapeHtml = escapeHtml;
        setObjectHandler(new MapsOnly());
    }

    /** For HTML: every {@code {{value}}} is escaped. */
    static SafeMustacheFactory html() {
        return new SafeMustacheFactory(true);
    }

    /** For subjects, text bodies and SMS: values are written as they are. */
    static SafeMustacheFactory text() {
        return new SafeMustacheFactory(false);
    }

    /**
     * Compiles a template.
     *
     * @throws MustacheException if it is not a valid template or names a partial
     */
    Mustache compileText(String template, String name) {
        return compile(new StringReader(template), name);
    }

    @Override
    public void encode(String value, Writer writer) {
        if (escapeHtml) {
            super.encode(value, writer);
            return;
        }
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds values in maps and nowhere else. */
    private static final class MapsOnly extends ReflectionObjectHandler {

        @Override
        protected void checkMethod(Method member) throws NoSuchMethodException {
            throw new NoSuchMethodException("templates may not call methods");
        }

        @Override
        protected void checkField(Field member) throws NoSuchFieldException {
            throw new NoSuchFieldException("templates may not read fields");
        }
    }
}
