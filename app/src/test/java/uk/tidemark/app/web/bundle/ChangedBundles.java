package uk.tidemark.app.web.bundle;

/** How the tests tamper with a bundle's file. */
final class ChangedBundles {

    private ChangedBundles() {
    }

    /** One byte of the middle of the file changed. */
    static byte[] flipOneByte(byte[] bytes) {
        bytes[bytes.length / 2] ^= 0x01;
        return bytes;
    }
}
