package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rendered icons are on the class path where {@link AppIcons} looks for them. */
class AppIconsTest {
    @Test
    void everyAppIconSizeIsOnTheClassPath() {
        for (int size : AppIcons.APP_SIZES) {
            assertThat(AppIcons.appIconUrl(size)).as("app-%d.png", size).isPresent();
        }
    }

    @Test
    void everyUiIconExistsInBothInksAndSizes() {
        for (String name : AppIcons.UI_NAMES) {
            for (int size : new int[] {16, 24}) {
                assertThat(AppIcons.uiIconUrl(name, size, false)).as("%s-%d on-light", name, size).isPresent();
                assertThat(AppIcons.uiIconUrl(name, size, true)).as("%s-%d on-dark", name, size).isPresent();
            }
        }
    }

    @Test
    void anUnknownIconIsAbsentNotAnError() {
        assertThat(AppIcons.uiIconUrl("no-such-icon", 16, false)).isEmpty();
    }
}
