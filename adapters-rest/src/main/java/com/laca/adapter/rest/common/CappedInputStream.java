package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.BodyReadTimedOutException;
import com.laca.adapter.rest.problem.BodyTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Stops reading a request body once it passes the limit (for bodies sent without a Content-Length), and marks a read
 * that the container's read time-out ended, so that only such a body is answered 408.
 */
final class CappedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = timed(super::read);
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = timed(() -> super.read(buffer, offset, length));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** A read the container's read time-out ended is the network's fault, told apart from a broken body. */
    private static int timed(Read read) throws IOException {
        try {
            return read.next();
        } catch (SocketTimeoutException e) {
            throw new BodyReadTimedOutException(e);
        } catch (IOException e) {
            if (e.getCause() instanceof TimeoutException || e.getCause() instanceof SocketTimeoutException) {
                throw new BodyReadTimedOutException(e);
            }
            throw e;
        }
    }

    /** One read from the wrapped stream. */
    @FunctionalInterface
    private interface Read {
        int next() throws IOException;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw new BodyTooLargeException(limit);
        }
    }
}
