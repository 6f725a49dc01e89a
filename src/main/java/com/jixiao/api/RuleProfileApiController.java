package com.jixiao.api;

import com.jixiao.rules.ConcurrentEditException;
import com.jixiao.rules.ProfileForm;
import com.jixiao.rules.RuleAdmin;
import com.jixiao.rules.RuleCatalog;
import com.jixiao.rules.StoredProfile;
import com.jixiao.scoring.RuleProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rule profiles as JSON: every profile's newest version with its settings, one profile's versions, and (for
 * administrators) an edit, which — as on the page — adds a version.
 */
@RestController
@Tag(name = "评分规则", description = "评分规则（各地区的计分设置），按版本保存")
class RuleProfileApiController {

    private final RuleCatalog catalog;
    private final RuleAdmin admin;

    RuleProfileApiController(RuleCatalog catalog, RuleAdmin admin) {
        this.catalog = catalog;
        this.admin = admin;
    }

    /** One version: code, name, version and the settings in the shape {@code PUT} takes. */
    record ProfileJson(String code, String name, int version, ProfileForm settings) {

        static ProfileJson of(RuleProfile p) {
            return new ProfileJson(p.code(), p.name(), p.version(), ProfileForm.from(p));
        }
    }

    @Operation(summary = "评分规则列表", description = "每个评分规则的最新版本及其设置（比例以百分数表示，如 80）。")
    @GetMapping(path = "/api/v1/rule-profiles", produces = "application/json")
    List<ProfileJson> list() {
        return catalog.profiles().stream().map(StoredProfile::profile).map(ProfileJson::of).toList();
    }

    @Operation(summary = "评分规则的各版本", description = "最新版本在前。")
    @GetMapping(path = "/api/v1/rule-profiles/{code}", produces = "application/json")
    List<ProfileJson> versions(@PathVariable String code) {
        List<StoredProfile> versions = catalog.versions(code);
        if (versions.isEmpty()) {
            throw new ApiBadRequestException("code", "未知的评分规则“" + code + "”");
        }
        return versions.stream().map(StoredProfile::profile).map(ProfileJson::of).toList();
    }

    @Operation(summary = "修改评分规则（管理员）",
            description = "保存为新版本；settings.baseVersion 须为所修改的版本，否则返回 409。已提交和已通过的自评表仍按原版本计分。")
    @PutMapping(path = "/api/v1/rule-profiles/{code}", consumes = "application/json", produces = "application/json")
    ResponseEntity<?> edit(@PathVariable String code, @RequestBody ProfileForm settings) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(settings, "settings");
        try {
            RuleProfile saved = admin.editProfile(code, settings, errors);
            if (saved == null) {
                FieldError first = errors.getFieldErrors().get(0);
                throw new ApiBadRequestException("settings." + first.getField(), first.getDefaultMessage());
            }
            return ResponseEntity.ok(ProfileJson.of(saved));
        } catch (ConcurrentEditException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "code", "conflict",
                    "field", "settings.baseVersion", "message", e.getMessage()));
        }
    }
}
