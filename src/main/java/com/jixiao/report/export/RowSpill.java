package com.jixiao.report.export;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows of cell values parked in a temporary file, to be read back once in the same order: lets a
 * writer that can only stream one sheet at a time produce a second sheet from the same single pass
 * over the data, with flat heap. Values are null, text, {@link BigDecimal}, {@link Integer} or
 * {@link Long}; a value equal to the one above it in its column (the project's name on each of its
 * indicator rows) is stored as a one-byte reference. Always {@link #close} it: that deletes the file.
 */
final class RowSpill implements Closeable {

    /** Bytes written or read per system call. */
    private static final int BUFFER = 1 << 16;

    private static final byte NULL = 0;
    private static final byte SAME = 1;
    private static final byte TEXT = 2;
    private static final byte DECIMAL = 3;
    private static final byte BIG_DECIMAL = 4;
    private static final byte INT = 5;
    private static final byte LONG = 6;

    private final int columns;
    private final Path file;
    private final FileChannel channel;
    /** Plain buffering by hand: DataOutputStream over BufferedOutputStream takes a lock per byte. */
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private final Object[] above;
    private long rows;
    private boolean replayed;

    RowSpill(int columns) {
        this.columns = columns;
        this.above = new Object[columns];
        try {
            file = Files.createTempFile("jixiao-export-", ".rows");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            delete();
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    /** @param values one row, {@code columns} values long */
    void write(Object[] values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        if (replayed) {
            throw new IllegalStateException("already replayed");
        }
        try {
            for (int c = 0; c < columns; c++) {
                Object value = values[c];
                if (value == null) {
                    room(1).put(NULL);
                } else if (value.equals(above[c])) {
                    room(1).put(SAME);
                } else {
                    writeValue(value);
                }
                above[c] = value;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    private void writeValue(Object value) throws IOException {
        if (value instanceof BigDecimal number) {
            BigInteger unscaled = number.unscaledValue();
            if (unscaled.bitLength() < Long.SIZE) {
                room(13).put(DECIMAL).putLong(unscaled.longValue()).putInt(number.scale());
            } else {
                writeText(BIG_DECIMAL, number.toString());
            }
        } else if (value instanceof Integer number) {
            room(5).put(INT).putInt(number);
        } else if (value instanceof Long number) {
            room(9).put(LONG).putLong(number);
        } else if (value instanceof Number) {
            throw new IllegalArgumentException("cannot park a " + value.getClass().getName());
        } else {
            writeText(TEXT, value.toString());
        }
    }

    private void writeText(byte tag, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        room(5).put(tag).putInt(bytes.length);
        if (bytes.length <= BUFFER) {
            room(bytes.length).put(bytes);
        } else {
            drain();
            writeFully(ByteBuffer.wrap(bytes));
        }
    }

    /** The buffer, with at least {@code bytes} (at most {@link #BUFFER}) free. */
    private ByteBuffer room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            drain();
        }
        return buffer;
    }

    private void drain() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Reads every row back, in order, {@code batch} rows at a time; once only. */
    void replay(int batch, Consumer<List<Object[]>> sink) {
        if (replayed) {
            throw new IllegalStateException("already replayed");
        }
        replayed = true;
        try {
            drain();
            channel.position(0);
            buffer.flip(); // empty, in read mode
            Object[] previous = new Object[columns];
            List<Object[]> rowsRead = new ArrayList<>(batch);
            for (long r = 0; r < rows; r++) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = readValue(previous[c]);
                }
                previous = row;
                rowsRead.add(row);
                if (rowsRead.size() == batch) {
                    sink.accept(rowsRead);
                    rowsRead = new ArrayList<>(batch);
                }
            }
            if (!rowsRead.isEmpty()) {
                sink.accept(rowsRead);
            }
            if (buffer.hasRemaining() || channel.read(ByteBuffer.allocate(1)) >= 0) {
                throw new IllegalStateException("more data than rows in " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object readValue(Object above) throws IOException {
        byte tag = available(1).get();
        return switch (tag) {
            case NULL -> null;
            case SAME -> above;
            case TEXT -> readText();
            case DECIMAL -> {
                ByteBuffer in = available(12);
                yield BigDecimal.valueOf(in.getLong(), in.getInt());
            }
            case BIG_DECIMAL -> new BigDecimal(readText());
            case INT -> available(4).getInt();
            case LONG -> available(8).getLong();
            default -> throw new IllegalStateException("unknown tag " + tag + " in " + file);
        };
    }

    private String readText() throws IOException {
        int length = available(4).getInt();
        if (length <= BUFFER) {
            ByteBuffer in = available(length);
            String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return text;
        }
        byte[] bytes = new byte[length];
        int buffered = buffer.remaining();
        buffer.get(bytes, 0, buffered);
        ByteBuffer rest = ByteBuffer.wrap(bytes, buffered, length - buffered);
        while (rest.hasRemaining()) {
            if (channel.read(rest) < 0) {
                throw new EOFException("fewer rows than written in " + file);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The buffer, in read mode, with at least {@code bytes} (at most {@link #BUFFER}) to read. */
    private ByteBuffer available(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            buffer.compact();
            while (buffer.position() < bytes) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException("fewer rows than written in " + file);
                }
            }
            buffer.flip();
        }
        return buffer;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the file goes anyway
        } finally {
            delete();
        }
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
