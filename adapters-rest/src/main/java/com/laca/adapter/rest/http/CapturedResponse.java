package com.laca.adapter.rest.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept in memory instead of being sent, so a filter can change it first; status and headers
 * go to the real response, but nothing is committed until the filter writes.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** What was written so far. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("the captured body is written synchronously");
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(body,
                    encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        // the filter sets the length of what it finally writes
    }

    @Override
    public void setContentLengthLong(long length) {
        // the filter sets the length of what it finally writes
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() {
        // nothing is sent before the filter has changed the body
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
