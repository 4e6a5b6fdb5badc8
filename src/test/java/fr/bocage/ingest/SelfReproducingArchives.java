package fr.bocage.ingest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.zip.CRC32;

/**
 * Archives that contain themselves, for the hostile-files corpus: a ZIP whose only entry is, byte for byte, the ZIP,
 * and a gzip file that gunzips to itself. Both wrap a {@link DeflateQuine} in their header and trailer. The name
 * given (entry name, gzip original name) makes the bytes differ from one call to the next.
 *
 * <p>Both formats carry the CRC-32 of the content, which here is the file itself, CRC field included. CRC-32 is
 * affine over GF(2) for a fixed length, so "the CRC of the file written with x is x" is a system of 32 linear
 * equations in the bits of x: it is solved rather than searched. When it has no solution, another modification time
 * gives another system.
 */
public final class SelfReproducingArchives {

    private static final int LOCAL_HEADER = 30;
    private static final int CENTRAL_HEADER = 46;
    private static final int END_OF_CENTRAL_DIRECTORY = 22;
    private static final short DOS_DATE = (short) ((2026 - 1980) << 9 | 1 << 5 | 1);

    private SelfReproducingArchives() {
    }

    /** A ZIP with one deflated entry, named {@code entryName}, whose content is the ZIP itself. */
    public static byte[] zip(String entryName) {
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        int prefix = LOCAL_HEADER + name.length;
        int suffix = CENTRAL_HEADER + name.length + END_OF_CENTRAL_DIRECTORY;
        int deflated = DeflateQuine.between(new byte[prefix], new byte[suffix]).length;
        int total = prefix + deflated + suffix;
        return withOwnCrc((attempt, crc) -> {
            short time = (short) ((attempt / 60) << 11 | (attempt % 60) << 5); // DOS time: hours, minutes
            ByteBuffer local = little(prefix).putInt(0x04034b50).putShort((short) 20).putShort((short) 0)
                    .putShort((short) 8).putShort(time).putShort(DOS_DATE).putInt(crc)
                    .putInt(deflated).putInt(total).putShort((short) name.length).putShort((short) 0).put(name);
            ByteBuffer central = little(suffix).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0).putShort((short) 8).putShort(time).putShort(DOS_DATE)
                    .putInt(crc).putInt(deflated).putInt(total).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(0).put(name)
                    .putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1)
                    .putShort((short) 1).putInt(CENTRAL_HEADER + name.length).putInt(prefix + deflated)
                    .putShort((short) 0);
            return wrap(local.array(), central.array());
        });
    }

    /** A gzip member whose original file name is {@code fileName} and whose content is the member itself. */
    public static byte[] gzip(String fileName) {
        byte[] name = fileName.getBytes(StandardCharsets.ISO_8859_1);
        int prefix = 10 + name.length + 1;
        int suffix = 8;
        int total = prefix + DeflateQuine.between(new byte[prefix], new byte[suffix]).length + suffix;
        return withOwnCrc((time, crc) -> {
            ByteBuffer header = little(prefix).putShort((short) 0x8b1f).put((byte) 8).put((byte) 0x08) // FNAME
                    .putInt(time).put((byte) 0).put((byte) 0xFF).put(name).put((byte) 0);
            ByteBuffer trailer = little(suffix).putInt(crc).putInt(total);
            return wrap(header.array(), trailer.array());
        });
    }

    private static byte[] wrap(byte[] prefix, byte[] suffix) {
        byte[] stream = DeflateQuine.between(prefix, suffix);
        return ByteBuffer.allocate(prefix.length + stream.length + suffix.length)
                .put(prefix).put(stream).put(suffix).array();
    }

    /**
     * The file written by {@code file(attempt, crc)} with the crc x such that crc32(file(attempt, x)) == x, where the
     * attempt number changes the modification time until the system has a solution. As
     * crc32(file(x)) = c0 ^ M x, with c0 = crc32(file(0)) and column i of M = crc32(file(1 << i)) ^ c0, x solves
     * (M ^ I) x = c0.
     */
    private static byte[] withOwnCrc(BiFunction<Integer, Integer, byte[]> file) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int c0 = crc(file.apply(attempt, 0));
            long[] rows = new long[32]; // row j: bit i is the coefficient of x_i in equation j, bit 32 the right side
            for (int i = 0; i < 32; i++) {
                int column = crc(file.apply(attempt, 1 << i)) ^ c0 ^ (1 << i);
                for (int j = 0; j < 32; j++) {
                    rows[j] |= (long) ((column >>> j) & 1) << i;
                }
            }
            for (int j = 0; j < 32; j++) {
                rows[j] |= (long) ((c0 >>> j) & 1) << 32;
            }
            Integer crc = solve(rows);
            if (crc != null) {
                return file.apply(attempt, crc);
            }
        }
        throw new IllegalStateException("no modification time gives a CRC fixed point");
    }

    /** Gaussian elimination over GF(2); free unknowns are 0. Null when the system has no solution. */
    private static Integer solve(long[] rows) {
        int[] pivotOf = new int[32];
        int rank = 0;
        for (int bit = 0; bit < 32; bit++) {
            int pivot = rank;
            while (pivot < 32 && (rows[pivot] >>> bit & 1) == 0) {
                pivot++;
            }
            if (pivot == 32) {
                continue;
            }
            long swap = rows[pivot];
            rows[pivot] = rows[rank];
            rows[rank] = swap;
            for (int j = 0; j < 32; j++) {
                if (j != rank && (rows[j] >>> bit & 1) == 1) {
                    rows[j] ^= rows[rank];
                }
            }
            pivotOf[rank++] = bit;
        }
        for (int j = rank; j < 32; j++) {
            if (rows[j] != 0) { // 0 = 1: inconsistent
                return null;
            }
        }
        int x = 0;
        for (int j = 0; j < rank; j++) {
            x |= (int) (rows[j] >>> 32 & 1) << pivotOf[j];
        }
        return x;
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
