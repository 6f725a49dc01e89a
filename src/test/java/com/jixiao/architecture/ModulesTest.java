package com.jixiao.architecture;

import com.jixiao.JixiaoApplication;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModulesTest {

    @Test
    void measure() {
        ApplicationModules modules = ApplicationModules.of(JixiaoApplication.class);
        var v = modules.detectViolations();
        System.out.println("VIOLATIONS " + v.getMessages().size());
        var summary = new TreeSet<String>();
        for (String s : v.getMessages()) {
            String one = s.replaceAll("\\s+", " ");
            if (one.startsWith("Cycle")) {
                summary.add(one.replaceAll(" 1\\. Dependencies.*", ""));
            } else {
                summary.add(one.replaceAll("! .*", ""));
            }
        }
        summary.forEach(s -> System.out.println("SUMMARY " + s));
    }
}
