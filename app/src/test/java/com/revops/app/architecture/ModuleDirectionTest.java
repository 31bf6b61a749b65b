package com.revops.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module direction of STYLE.md, enforced: app → scheduler → integrations → domain. */
@AnalyzeClasses(packages = "com.revops", importOptions = ProductionCode.class)
class ModuleDirectionTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("com.revops.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.jdbi..", "okhttp3..",
                    "com.fasterxml..", "org.quartz..", "com.zaxxer..", "org.postgresql..", "org.flywaydb..")
            .because("domain holds every computation and rule and imports no UI, database, HTTP, JSON or scheduler code");

    @ArchTest
    static final ArchRule domainKnowsNoOtherModule = noClasses().that().resideInAPackage("com.revops.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.revops.integrations..", "com.revops.scheduler..", "com.revops.app..");

    @ArchTest
    static final ArchRule integrationsKnowNoSchedulerOrApp = noClasses().that().resideInAPackage("com.revops.integrations..")
            .should().dependOnClassesThat().resideInAnyPackage("com.revops.scheduler..", "com.revops.app..", "javafx..", "org.quartz..");

    @ArchTest
    static final ArchRule schedulerKnowsNoApp = noClasses().that().resideInAPackage("com.revops.scheduler..")
            .should().dependOnClassesThat().resideInAnyPackage("com.revops.app..", "javafx..");

    @ArchTest
    static final ArchRule theCliNeverTouchesJavaFx = noClasses().that().resideInAPackage("com.revops.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the headless CLI runs on servers without a display");

    @ArchTest
    static final ArchRule viewModelsTouchNoSceneNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a ViewModel exposes properties and is tested without a toolkit (STYLE.md)");
}
