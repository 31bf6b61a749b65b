package com.revops.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** The project's production classes: no test classes, whether in a test-classes folder or in a module's test jar. */
public final class ProductionCode implements ImportOption {
    private static final ImportOption NOT_TEST_FOLDERS = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return NOT_TEST_FOLDERS.includes(location) && !location.contains("-tests.jar");
    }
}
