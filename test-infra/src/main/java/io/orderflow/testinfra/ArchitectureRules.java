package io.orderflow.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering every service follows, checked once per service. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Fails when {@code domain} imports a framework or an adapter reaches into another adapter. */
    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax..", "io.quarkus..", "org.hibernate..", "com.fasterxml..",
                        "io.smallrye..", "org.eclipse.microprofile..", "io.vertx..", "io.orderflow.outbox..",
                        servicePackage + ".application..", servicePackage + ".adapter..")
                .because("the domain is plain Java: rules only, no framework and no outward dependency")
                .check(classes);
        noClasses().that().resideInAPackage(servicePackage + ".application..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + ".adapter..")
                .because("use cases talk to the outside through ports, not adapters")
                .check(classes);
        noClasses().that().resideInAPackage(servicePackage + ".adapter.in..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + ".adapter.out..")
                .because("inbound adapters call use cases, never outbound adapters")
                .check(classes);
        noClasses().that().resideInAPackage(servicePackage + ".adapter.out..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + ".adapter.in..")
                .because("outbound adapters never call inbound adapters")
                .check(classes);
    }
}
