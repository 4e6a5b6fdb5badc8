package fr.bocage.ingest;

import java.io.ByteArrayOutputStream;
import java.util.function.IntFunction;

/**
 * A DEFLATE stream that inflates to a given prefix, then to itself, then to a given suffix: put the prefix before it
 * and the suffix after it in a file, and inflating the stream gives back the whole file.
 *
 * <p>DEFLATE is read here as a program of two instructions: "print the next n bytes" (a stored block, {@code Lit n})
 * and "repeat the last n bytes" (a fixed-Huffman block copying n bytes from n bytes back, {@code Rep n}). The program
 * quotes itself the way a quine does, which only works if every instruction takes the same number of bytes, the
 * unit u, and starts and ends on a byte boundary: then a quoted instruction is exactly the instruction. Instructions
 * are brought to u bytes with empty fixed-Huffman blocks (10 bits each), and a repeat ends with an empty stored block
 * to come back to a byte boundary. The smallest u for which every instruction fits is taken.
 */
final class DeflateQuine {

    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
        10, 11, 11, 12, 12, 13, 13};
    private static final int MAX_COPY = 258;

    private DeflateQuine() {
    }

    /** The stream; its length depends only on the lengths of prefix and suffix. */
    static byte[] between(byte[] prefix, byte[] suffix) {
        for (int unit = 5; unit < 64; unit++) {
            byte[] stream = program(prefix, suffix, unit);
            if (stream != null) {
                return stream;
            }
        }
        throw new IllegalArgumentException("no unit fits a prefix of " + prefix.length + " bytes");
    }

    /**
     * The program, in units (P and S being the prefix and suffix). Each line prints what the file holds at the point
     * the output has reached, which lags behind the instruction being read: by a unit after the repeat of the first
     * line, by less than nothing after the third "Rep 4u", where the output already holds the next instructions.
     * <pre>
     * Lit p+u  [P, Lit p+u]               prints P and its own header
     * Rep p+u                             prints them again: the output is now the file up to this repeat
     * Lit u    [Rep p+u]                  the repeat, the print and the three next instructions print themselves…
     * Lit u    [Lit u]
     * Lit 4u   [Rep p+u, Lit u, Lit u, Lit 4u]
     * Rep 4u                              …and repeating them prints their quotation
     * Lit 4u   [Rep 4u, Lit 4u, Rep 4u, Lit 4u]
     * Rep 4u                              prints the quotation, then this repeat and the next print
     * Lit 4u   [Rep 4u, Lit 0, Lit 0, Lit s+u]   output and reading meet: these four are printed where they stand
     * Rep 4u                              prints them again, in advance of the next three instructions
     * Lit 0, Lit 0                        two empty prints let the reading catch up with the output
     * Lit s+u  [Rep s+u, S]
     * Rep s+u                             last block: prints the final repeat and S, which follows in the file
     * </pre>
     */
    private static byte[] program(byte[] prefix, byte[] suffix, int unit) {
        int p = prefix.length;
        int s = suffix.length;
        byte[] litP = fit(pad -> literal(p + unit, pad), unit);
        byte[] repP = fit(pad -> repeat(p + unit, pad, false), unit);
        byte[] lit0 = fit(pad -> literal(0, pad), unit);
        byte[] lit1 = fit(pad -> literal(unit, pad), unit);
        byte[] lit4 = fit(pad -> literal(4 * unit, pad), unit);
        byte[] rep4 = fit(pad -> repeat(4 * unit, pad, false), unit);
        byte[] litS = fit(pad -> literal(s + unit, pad), unit);
        byte[] repS = fit(pad -> repeat(s + unit, pad, true), unit);
        byte[][] parts = {litP, prefix, litP,
            repP,
            lit1, repP,
            lit1, lit1,
            lit4, repP, lit1, lit1, lit4,
            rep4,
            lit4, rep4, lit4, rep4, lit4,
            rep4,
            lit4, rep4, lit0, lit0, litS,
            rep4,
            lit0, lit0,
            litS, repS, suffix,
            repS};
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            if (part == null) {
                return null;
            }
            stream.writeBytes(part);
        }
        return stream.toByteArray();
    }

    /** The instruction padded to exactly {@code unit} bytes, or null when no padding gives that size. */
    private static byte[] fit(IntFunction<byte[]> padded, int unit) {
        for (int pad = 0; ; pad++) {
            byte[] instruction = padded.apply(pad);
            if (instruction.length >= unit) {
                return instruction.length == unit ? instruction : null;
            }
        }
    }

    /** "Print the next n bytes": a stored block header, never the last block. */
    private static byte[] literal(int n, int pad) {
        Bits bits = new Bits();
        bits.emptyFixedBlocks(pad);
        bits.storedHeader(false, n);
        return bits.bytes();
    }

    /** "Repeat the last n bytes", in copies of at most 258 bytes, all from n bytes back. */
    private static byte[] repeat(int n, int pad, boolean last) {
        Bits bits = new Bits();
        bits.write(0b010, 3); // not last, fixed Huffman codes
        for (int left = n; left > 0; ) {
            int copy = left > MAX_COPY ? Math.min(MAX_COPY, left - 3) : left; // never leave a copy under 3 bytes
            bits.copy(copy, n);
            left -= copy;
        }
        bits.symbol(256);
        bits.emptyFixedBlocks(pad);
        bits.storedHeader(last, 0); // an empty stored block brings the stream back to a byte boundary
        return bits.bytes();
    }

    /** Bits in DEFLATE's order: least significant first, Huffman codes most significant first (RFC 1951, 3.1.1). */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int pending;
        private int count;

        void write(int value, int length) {
            for (int i = 0; i < length; i++) {
                pending |= ((value >>> i) & 1) << count;
                if (++count == 8) {
                    alignToByte();
                }
            }
        }

        void alignToByte() {
            if (count > 0) {
                out.write(pending);
                pending = 0;
                count = 0;
            }
        }

        /** A length/literal symbol of the fixed code (RFC 1951, 3.2.6); only 256 and above are used here. */
        void symbol(int symbol) {
            if (symbol < 280) {
                huffman(symbol - 256, 7);
            } else {
                huffman(0xC0 + symbol - 280, 8);
            }
        }

        void copy(int length, int distance) {
            int code = codeOf(LENGTH_BASE, length);
            symbol(257 + code);
            write(length - LENGTH_BASE[code], LENGTH_EXTRA[code]);
            code = codeOf(DISTANCE_BASE, distance);
            huffman(code, 5);
            write(distance - DISTANCE_BASE[code], DISTANCE_EXTRA[code]);
        }

        void emptyFixedBlocks(int blocks) {
            for (int i = 0; i < blocks; i++) {
                write(0b010, 3);
                symbol(256);
            }
        }

        void storedHeader(boolean last, int length) {
            write(last ? 1 : 0, 3); // block type 00: stored
            alignToByte();
            write(length, 16);
            write(~length & 0xFFFF, 16);
        }

        byte[] bytes() {
            alignToByte();
            return out.toByteArray();
        }

        private void huffman(int code, int length) {
            write(Integer.reverse(code) >>> (32 - length), length);
        }

        private static int codeOf(int[] bases, int value) {
            int code = bases.length - 1;
            while (bases[code] > value) {
                code--;
            }
            return code;
        }
    }
}
