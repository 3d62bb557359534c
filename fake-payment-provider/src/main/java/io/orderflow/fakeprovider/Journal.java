package io.orderflow.fakeprovider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Append-only JSON-lines file of charges and refunds, read back at start so a restart forgets nothing. */
final class Journal implements AutoCloseable {

    static final String FILE_NAME = "provider-journal.jsonl";

    /** One line: either a charge or a refund. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(Charge charge, Refund refund) {
    }

    private final Path file;
    private final FileChannel channel;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static Journal open(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE_NAME);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            Journal journal = new Journal(file, channel);
            journal.terminateTornLine();
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal in " + dir, e);
        }
    }

    List<Entry> readAll() {
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    readLine(line, entries);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return entries;
    }

    synchronized void append(Entry entry) {
        try {
            byte[] line = (HttpIo.JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // A charge the caller was told about must survive a crash of this process or the machine.
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private static void readLine(String line, List<Entry> entries) {
        try {
            entries.add(HttpIo.JSON.readValue(line, Entry.class));
        } catch (JsonProcessingException e) {
            // Only the last line can be torn (a crash during append); nothing was answered for it.
            System.err.println("fake provider: skipping unreadable journal line: " + line);
        }
    }

    /** After a crash mid-append the file may not end in a newline; start the next entry on its own line. */
    private void terminateTornLine() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            reader.read(last, size - 1);
            if (last.get(0) != '\n') {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
