package com.revops.integrations.demo;

import java.util.List;

/** Who a demo contact is: name, where they were found, their niche and the offer they fit. {@code offerTag} may be null. */
record ContactProfile(String firstName, String lastName, String platform, String handle, String email,
                      String niche, String offerTag, String source, List<String> tags) {

    String name() {
        return firstName + " " + lastName;
    }

    /** Social platforms take DMs; LinkedIn and email have their own channels. */
    boolean takesDirectMessages() {
        return !platform.equals("linkedin") && !platform.equals("email");
    }
}
