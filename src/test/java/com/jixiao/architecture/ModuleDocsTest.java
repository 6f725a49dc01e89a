package com.jixiao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.docs.Documenter;

/**
 * The module documentation, generated from the same model ModulesTest verifies: a PlantUML component diagram of all
 * modules ({@code components.puml}), one per module ({@code module-*.puml}) and a canvas per module
 * ({@code module-*.adoc}: its API, beans, events, properties). A normal build writes them under {@code target/};
 * {@code ./mvnw verify -Dtest=ModuleDocsTest -Djixiao.docs.modules=true} refreshes the committed copy in
 * {@code docs/modules}, so that a test run leaves the working tree clean.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModuleDocsTest {

    static final Path COMMITTED = Path.of("docs", "modules");

    @Test
    @Order(1)
    void documentsEveryModule() throws IOException {
        Path folder = Boolean.getBoolean("jixiao.docs.modules") ? COMMITTED : Path.of("target", "modules-docs");
        new Documenter(ModulesTest.MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeDocumentation();

        String all = Files.readString(folder.resolve("components.puml"));
        for (ApplicationModule module : ModulesTest.MODULES) {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
            assertThat(all).as("the diagram of all modules").contains(module.getDisplayName());
        }
    }

    /** The committed diagram names every module there is: a new module without refreshed docs fails here. */
    @Test
    @Order(2)
    void theCommittedDiagramIsOfTheseModules() throws IOException {
        String committed = Files.readString(COMMITTED.resolve("components.puml"));
        for (ApplicationModule module : ModulesTest.MODULES) {
            assertThat(committed).as("docs/modules/components.puml is stale: regenerate it (see ModuleDocsTest)")
                    .contains(module.getDisplayName());
        }
    }
}
