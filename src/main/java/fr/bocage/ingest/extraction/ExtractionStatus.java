package fr.bocage.ingest.extraction;

/** Outcome of one text extraction. Every document ends in exactly one of these; none is an exception. */
public enum ExtractionStatus {
    /** Text extracted in full. */
    OK,
    /** Parsed without error but no visible text: probably a scan or a picture, a candidate for OCR. */
    EMPTY,
    /** Encrypted or password-protected, or its permissions forbid extraction. */
    ENCRYPTED,
    /**
     * Unreadable: corrupt or unsupported file, zero-byte file, parse timeout, worker crash or out of memory.
     * Text written before the failure is kept in the target file, except after a timeout or crash.
     */
    FAILED,
    /** The maxChars limit was reached: the text file holds the first maxChars characters. */
    TRUNCATED,
    /** Zip bomb: excessive compression ratio or nesting. The upload must be refused; never store its text. */
    BOMB
}
