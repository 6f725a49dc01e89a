package com.jixiao.rules;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.WeightTemplate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored rule profiles and weight templates, for everything that scores or creates a sheet.
 *
 * <p>A version never changes once written (the database refuses it), so a version read once is kept in memory by
 * (code, version) and can never be stale on any node: scoring a page of 500 sheets reads no profile from the
 * database. "The newest version" is a question about the present and is always asked of the database.
 */
@Service
@Transactional(readOnly = true)
public class RuleCatalog {

    /** The profile a sheet takes when nothing else is chosen. */
    public static final String NATIONAL = "national";

    /** As the table's check: a code outside it (a NUL, a 1 MB text from the API) is unknown without asking. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    private final RuleStore store;
    private final Cache<String, RuleProfile> versions =
            Caffeine.newBuilder().maximumSize(1_000).executor(Runnable::run).build();

    RuleCatalog(RuleStore store) {
        this.store = store;
    }

    /**
     * One version of a profile, as a sheet names it.
     *
     * @throws UnknownProfileException when no such version is stored (a sheet's reference cannot be: a foreign key)
     */
    public RuleProfile profile(String code, int version) {
        String key = code + "\u0000" + version;
        RuleProfile cached = versions.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        RuleProfile stored = store.profile(code, version).map(StoredProfile::profile)
                .orElseThrow(() -> new UnknownProfileException(code + " v" + version));
        versions.put(key, stored);
        return stored;
    }

    /** The newest version of a profile, or empty for an unknown code. */
    public Optional<RuleProfile> newest(String code) {
        return code == null || !CODE.matcher(code).matches() ? Optional.empty()
                : store.newestProfile(code).map(StoredProfile::profile);
    }

    /** The newest version of every profile, national first. */
    public List<StoredProfile> profiles() {
        return store.newestProfiles();
    }

    /** Every version of a profile, newest first; empty for an unknown code. */
    public List<StoredProfile> versions(String code) {
        return code == null || !CODE.matcher(code).matches() ? List.of() : store.profileVersions(code);
    }

    /**
     * The profile new sheets of this department and year take, newest version: the most specific default set by an
     * administrator (department and year, department, year), else national.
     */
    public RuleProfile defaultFor(Long departmentId, int year) {
        return store.defaultCode(departmentId, year).flatMap(this::newest)
                .orElseGet(() -> newest(NATIONAL).orElseThrow());
    }

    public List<ProfileDefault> defaults() {
        return store.defaults();
    }

    /** The newest version of every weight template, the default first. */
    public List<StoredTemplate> templates() {
        return store.newestTemplates();
    }

    /** The newest version of a template, or the default template for an unknown code. */
    public WeightTemplate templateOrDefault(String code) {
        List<StoredTemplate> all = templates();
        return all.stream().filter(t -> t.template().code().equals(code)).findFirst()
                .or(() -> all.stream().findFirst()).map(StoredTemplate::template).orElseThrow();
    }

    public List<StoredTemplate> templateVersions(String code) {
        return store.templateVersions(code);
    }
}
