package fr.bocage.platform;

/** A {@link PublicUrl} with a given base, for tests of what e-mails link to. */
public final class PublicUrls {
    private PublicUrls() {
    }

    public static PublicUrl of(String base) {
        PublicUrl url = new PublicUrl();
        url.base = base;
        return url;
    }
}
