package com.jixiao.audit;

import java.util.Set;

/**
 * Who may read which part of the trail. Sign-in and user administration are recorded here, so {@code security} sits
 * above {@code audit}: it answers this question (from the signed-in user's scope) and audit never reads users or roles.
 */
public interface AuditReaders {

    /** The events the current user may read on the audit page. */
    Readable readable();

    /**
     * Verifying the whole chain reads, and counts, the events of every department.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the current user may not
     */
    void checkCanVerify();

    /**
     * Every event (those of no department too: sign-ins, user administration), or only the events of these
     * departments; {@link #NOTHING} for a user who may read none.
     */
    record Readable(boolean everything, Set<Long> departmentIds) {

        public static final Readable EVERYTHING = new Readable(true, Set.of());
        public static final Readable NOTHING = new Readable(false, Set.of());

        public Readable {
            departmentIds = Set.copyOf(departmentIds);
        }

        public static Readable departments(Set<Long> departmentIds) {
            return departmentIds.isEmpty() ? NOTHING : new Readable(false, departmentIds);
        }

        public boolean nothing() {
            return !everything && departmentIds.isEmpty();
        }
    }
}
