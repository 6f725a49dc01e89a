package com.jixiao.sheet;

import com.jixiao.project.SheetStates;
import org.springframework.stereotype.Component;

/** Names a stored sheet status for the project pages, which sit below {@code sheet} and cannot read its enum. */
@Component
class SheetStatesForProjects implements SheetStates {

    @Override
    public SheetState of(String statusCode) {
        SheetStatus status = SheetStatus.valueOf(statusCode);
        return new SheetState(status.name(), status.label(), status.isEditable());
    }
}
