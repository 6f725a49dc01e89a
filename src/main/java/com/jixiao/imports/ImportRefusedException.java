package com.jixiao.imports;

import java.util.List;

/**
 * An import or API save that cannot be carried out as a whole — a sheet already submitted, a value the editor would
 * refuse — so nothing of it was saved. Each reason is a Chinese sentence for the user.
 */
public class ImportRefusedException extends RuntimeException {

    private final List<String> reasons;

    public ImportRefusedException(List<String> reasons) {
        super(String.join("；", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
