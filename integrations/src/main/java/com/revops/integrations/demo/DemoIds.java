package com.revops.integrations.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids for demo rows: the same kind and number always give the same uuid. */
final class DemoIds {
    private DemoIds() {
    }

    static UUID of(String kind, int number) {
        return UUID.nameUUIDFromBytes((kind + "-" + number).getBytes(StandardCharsets.UTF_8));
    }

    /** A fixed-length hex token for ids that other systems issue (Upwork, Meta). */
    static String hex(String kind, int number, int length) {
        String hex = of(kind, number).toString().replace("-", "");
        return hex.substring(0, Math.min(length, hex.length()));
    }
}
