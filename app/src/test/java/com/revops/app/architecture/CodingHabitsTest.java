package com.revops.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

/**
 * Habits of STYLE.md kept by the build, not by hope: each rule names the habit and where the better
 * habit lives (docs/decisions/0055-one-composition-root.md, 0056-architecture-rules-for-habits.md).
 */
@AnalyzeClasses(packages = "com.revops", importOptions = ProductionCode.class)
class CodingHabitsTest {
    /** The composition root: the one class that reads the machine's clock. */
    static final String ROOT = "com.revops.app.App";

    /** {@code Clock.system*()}, and {@code now()} / {@code now(zone)} of any java.time type (but {@code now(clock)} is fine). */
    static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK = new DescribedPredicate<>("read the system clock") {
        @Override
        public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            if (!owner.startsWith("java.time.")) {
                return false;
            }
            if (owner.equals("java.time.Clock")) {
                return call.getName().startsWith("system");
            }
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            return call.getName().equals("now")
                    && (parameters.isEmpty() || parameters.size() == 1 && parameters.get(0).isEquivalentTo(java.time.ZoneId.class));
        }
    };

    @ArchTest
    static final ArchRule timeComesFromAnInjectedClock = noClasses().that().doNotHaveFullyQualifiedName(ROOT)
            .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
            .because("time comes from the Clock the composition root hands out, so --as-of and tests fix it (STYLE.md, Time)");

    @ArchTest
    static final ArchRule databaseCodeStaysInIntegrations = noClasses().that().resideOutsideOfPackage("com.revops.integrations..")
            .and().doNotImplement("org.quartz.utils.ConnectionProvider")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "javax.sql..")
            .because("SQL lives in one place per table, in integrations; app and scheduler ask its stores and services "
                    + "(Quartz's connection provider is JDBC by Quartz's API)");

    /** A package of the scheduler, or a subpackage of one. */
    static final DescribedPredicate<Slice> IN_THE_SCHEDULER = DescribedPredicate.describe("in the scheduler",
            slice -> slice.getNamePart(1).equals("scheduler") || slice.getNamePart(1).startsWith("scheduler."));

    @ArchTest
    static final ArchRule schedulerPackagesFormNoCycle = slices().matching("com.revops.(**)").that(IN_THE_SCHEDULER)
            .should().beFreeOfCycles()
            .because("the jobs depend on what they run with (scheduler.context), and the schedule that lists them "
                    + "(scheduler) on the jobs, never the other way round (docs/decisions/0059-scheduler-without-cycles.md)");
}
