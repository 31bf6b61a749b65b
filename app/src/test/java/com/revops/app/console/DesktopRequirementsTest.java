package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DesktopRequirementsTest {
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");

    @Test
    void missingGtkNamesTheLibraryAndTheInstallLine() {
        Set<String> present = Set.of("libGL.so.1", "libXtst.so.6", "libXxf86vm.so.1");
        assertThat(DesktopRequirements.problem("Linux", X11, present::contains)).hasValueSatisfying(message -> {
            assertThat(message).contains("libgtk-3.so.0").doesNotContain("libGL.so.1,");
            assertThat(message).contains("sudo apt-get install -y libgtk-3-0 libgl1 libxtst6 libxxf86vm1");
        });
    }

    @Test
    void everyMissingLibraryIsListed() {
        assertThat(DesktopRequirements.problem("Linux", X11, library -> false))
                .hasValueSatisfying(m -> assertThat(m).contains("libGL.so.1, libXtst.so.6, libXxf86vm.so.1, libgtk-3.so.0"));
    }

    @Test
    void noDisplayPointsAtXvfb() {
        assertThat(DesktopRequirements.problem("Linux", Map.of(), library -> true))
                .hasValueSatisfying(m -> assertThat(m).contains("DISPLAY").contains("xvfb-run -a ./revops"));
        assertThat(DesktopRequirements.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), library -> true)).isEmpty();
    }

    @Test
    void macOsIsNotChecked() {
        assertThat(DesktopRequirements.problem("Mac OS X", Map.of(), library -> false)).isEmpty();
    }

    @Test
    void thisMachineHasTheLibrariesTheTestsInstall() {
        // .ci/run installs libgtk-3-0, libgl1, libxtst6 and libxxf86vm1: the real lookup finds each
        DesktopRequirements.LINUX_LIBRARIES.keySet()
                .forEach(library -> assertThat(DesktopRequirements.installed(library)).as(library).isTrue());
        assertThat(DesktopRequirements.installed("libnot-a-real-library.so.9")).isFalse();
    }
}
