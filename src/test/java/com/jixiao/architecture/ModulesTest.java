package com.jixiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.JixiaoApplication;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The module structure, checked on every build: each top-level package under {@code com.jixiao} is a module (its
 * {@code package-info.java} says what it owns and may use). Spring Modulith verifies that modules form no cycle, use
 * only each other's API (a module's top-level package, or a {@code @NamedInterface}; sub-packages such as
 * {@code sheet.edit} are internal) and keep to their declared {@code allowedDependencies}. ArchUnit rules add what
 * Modulith cannot say: scoring is plain Java, web adapters and the demo/bench modules sit at the edge.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(JixiaoApplication.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.jixiao");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        assertThat(MODULES.detectViolations().getMessages()).isEmpty();
    }

    @Test
    void theModulesAreTheTopLevelPackages() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("api", "audit", "bench", "common", "demo", "department", "home",
                        "dashboard", "imports", "narrative", "notification", "project", "report", "rules", "scoring",
                        "security", "sheet", "useradmin");
    }

    @Test
    void scoringUsesNothingButTheJdk() {
        classes().that().resideInAPackage("com.jixiao.scoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.jixiao.scoring..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnAWebController() {
        classes().should(notUseAControllerOfAnotherClass()).check(CLASSES);
    }

    @Test
    void nothingDependsOnTheDemoOrBenchModules() {
        noClasses().that().resideOutsideOfPackages("com.jixiao.demo..", "com.jixiao.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("com.jixiao.demo..", "com.jixiao.bench..")
                .check(CLASSES);
    }

    /**
     * Controllers (@Controller, @RestController) are entry points: no service, repository or other controller refers
     * to one. Only the web layer attached to it may — its own nested classes and the @ControllerAdvice scoped to it.
     */
    static ArchCondition<JavaClass> notUseAControllerOfAnotherClass() {
        return new ArchCondition<>("not depend on a controller of another class") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isController(target) && !target.isAnnotation() && !isAdvice(origin)
                            && !topLevel(target).equals(topLevel(origin))) {
                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static boolean isController(JavaClass type) {
        return type.isMetaAnnotatedWith(Controller.class) || type.isAnnotatedWith(Controller.class);
    }

    static boolean isAdvice(JavaClass type) {
        return type.isMetaAnnotatedWith(ControllerAdvice.class) || type.isAnnotatedWith(ControllerAdvice.class);
    }

    static String topLevel(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
